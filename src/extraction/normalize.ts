/**
 * The form names are compared in: accents folded, lower case, single spaces.
 * "Luiz Inácio  Lula" → "luiz inacio lula". "ł" is a letter, not an accent.
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
