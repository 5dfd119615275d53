/** Number formats shared by the report sections; "n/a" for anything that is not a number. */
const finite = (value: number, format: (value: number) => string) =>
  Number.isFinite(value) ? format(value) : "n/a";

export const ms = (value: number) => finite(value, (v) => `${v.toFixed(2)} ms`);
export const wholeMs = (value: number) => finite(value, (v) => `${v.toFixed(0)} ms`);
export const mib = (bytes: number) => finite(bytes, (v) => `${(v / 2 ** 20).toFixed(1)} MiB`);
export const kib = (bytes: number) => finite(bytes, (v) => `${(v / 1024).toFixed(0)} KiB`);
export const times = (value: number) => finite(value, (v) => `${v.toFixed(2)}×`);
export const count = (value: number) => value.toLocaleString("en");

/** "81.6, 83.0, …" or "n/a". */
export function list(runs: readonly number[] | null, digits = 1): string {
  return runs ? runs.map((run) => run.toFixed(digits)).join(", ") : "n/a";
}

/** A markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)];
}
