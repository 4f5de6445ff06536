export interface Row {
  what: string;
  perSecond: number;
  p50Ms?: number;
  p95Ms?: number;
  p99Ms?: number;
}

const columns = ["per s", "p50 ms", "p95 ms", "p99 ms"];

/** A plain-text table, numbers right-aligned; "–" where a tool gives no such percentile (autocannon has no p95) or none is measured (a whole run). */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [row.what, ...[row.perSecond, row.p50Ms, row.p95Ms, row.p99Ms].map((value) => (value === undefined ? "–" : value.toFixed(1)))]);
  return formatColumns(["", ...columns], cells);
}

/** A plain-text table of cells: the first column left-aligned, the others right-aligned. */
export function formatColumns(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((line) => line[column]!.length)));
  return all
    .map((line) => line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  "))
    .join("\n");
}
