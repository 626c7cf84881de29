/** A 0–1 share as a whole percentage, "—" when there is nothing to measure. */
export function formatPercent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** A value with its unit the way people write it: "50%", "3 s", "3.5/5", "0 incidents". */
export function formatWithUnit(value: number, unit: string): string {
  const number = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
  if (unit === '') return number;
  if (unit === '%' || unit.startsWith('/')) return `${number}${unit}`;
  return `${number} ${unit}`;
}

/** Parses what a person typed into a number field; accepts a decimal comma. Null when not a number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

export function plural(count: number, one: string, many: string = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
