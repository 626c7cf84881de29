/**
 * Seconds of a latency written as a clock: `0:00:01.234` (hours, minutes, seconds: a workbook's time cell) or `00:01.234`
 * (minutes and seconds with a fraction: a spreadsheet's `mm:ss.000`). Two parts without a fraction (`12:30`) could be
 * minutes or hours: NaN, so the row is refused with its text rather than read one way.
 */
export function clockSeconds(text: string): number {
  const m = /^(-?)(?:(\d+):)?(\d+):([0-5]\d(?:[.,]\d+)?)$/.exec(text);
  if (m === null) return NaN;
  const [, sign, h, min, sec] = m;
  if (h === undefined && !/[.,]/.test(sec!)) return NaN;
  if (h !== undefined && Number(min) > 59) return NaN;
  const seconds = Number(h ?? 0) * 3600 + Number(min) * 60 + Number(sec!.replace(',', '.'));
  return sign === '' ? seconds : -seconds;
}
