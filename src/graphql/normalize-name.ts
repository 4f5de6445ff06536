/**
 * The key Person.normalizedName and PersonAlias.normalizedAlias are stored under:
 * NFKD, combining marks removed, lower-case, whitespace collapsed.
 * "Luiz Inácio  Lula da Silva" → "luiz inacio lula da silva".
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
