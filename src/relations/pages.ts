/** The pages of many parents, as the relation queries return them. */
export interface Pages<Item, Parent = number> {
  /** Each parent's items on its page, in order, with one extra when more follow. */
  items: Map<Parent, Item[]>;
  /** How many items each parent's whole list holds, page aside; parents with none are absent. */
  totals: Map<Parent, number>;
}

/**
 * Pages from the rows of `totals LEFT JOIN page`: each parent's total on every row, and the row's
 * item, or none on the one row of a parent whose page is empty (after its last item).
 */
export function collectPages<Parent, Row extends { parent: Parent; total: number }, Item>(
  rows: readonly Row[],
  itemOf: (row: Row) => Item | null,
): Pages<Item, Parent> {
  const pages: Pages<Item, Parent> = { items: new Map(), totals: new Map() };
  for (const row of rows) {
    pages.totals.set(row.parent, row.total);
    const item = itemOf(row);
    if (item === null) continue;
    const items = pages.items.get(row.parent);
    if (items) items.push(item);
    else pages.items.set(row.parent, [item]);
  }
  return pages;
}
