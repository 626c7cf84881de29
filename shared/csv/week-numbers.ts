/** Week numbers as pilot files write them. */

const ZERO = 48;
const NINE = 57;

/** Highest stage week accepted: stages run at most 520 weeks (schema). */
export const MAX_WEEK = 520;

/** Reads `3`, `03`, `W3`, `wk 3`, `Week 3` as a stage week number 1–520; NaN otherwise. */
export function parseWeek(text: string): number {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) i++;
    else break;
  }
  if (i > 0) {
    const prefix = text.slice(0, i).toLowerCase();
    if (prefix !== 'w' && prefix !== 'wk' && prefix !== 'week' && prefix !== 'woche') return NaN;
    while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 46)) i++;
  }
  if (i === n) return NaN;
  let value = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE || value > MAX_WEEK) return NaN;
    value = value * 10 + c - ZERO;
  }
  return value >= 1 && value <= MAX_WEEK ? value : NaN;
}
