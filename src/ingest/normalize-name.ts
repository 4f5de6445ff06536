/**
 * The key people and aliases are matched on: NFKD, combining marks removed,
 * lower-case, whitespace collapsed. "Luiz Inácio  Lula da Silva" → "luiz inacio lula da silva";
 * "ł" is a letter, not a mark, so "Błaszczak" keeps it.
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
