import { createRequire } from "node:module";

// ~275,000 lower-case English words (an-array-of-english-words). A phrase made
// only of dictionary words ("International Criminal Court") is unlikely to be a
// person's name; "Xi Jinping" or "Volodymyr Zelensky" has a word that is not.
let words: ReadonlySet<string> | null = null;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(createRequire(import.meta.url)("an-array-of-english-words") as string[]);
  return words.has(word.toLowerCase());
}
