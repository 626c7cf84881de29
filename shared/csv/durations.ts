/**
 * Durations as time-tracking tools and spreadsheets write them, read as minutes: a plain number is
 * minutes; `0:12:30` is hours:minutes:seconds; `12:30` is minutes:seconds (an editing time measured in
 * hours would be written with three parts); `12 min`, `1 h 5 min`, `90 s`, `1.5 h`.
 * Returns NaN when the text is none of these.
 */
import { parseDecimal } from './values';

const UNIT_MINUTES: Readonly<Record<string, number>> = {
  h: 60, hr: 60, hrs: 60, hour: 60, hours: 60, std: 60, stunde: 60, stunden: 60, heure: 60, heures: 60, hora: 60, horas: 60, uur: 60,
  m: 1, min: 1, mins: 1, minute: 1, minutes: 1, minuten: 1, minuto: 1, minutos: 1,
  s: 1 / 60, sec: 1 / 60, secs: 1 / 60, second: 1 / 60, seconds: 1 / 60, sek: 1 / 60, sekunden: 1 / 60, seg: 1 / 60, segundos: 1 / 60,
};

export function parseDuration(text: string, decimalComma: boolean): number {
  const plain = parseDecimal(text, decimalComma);
  if (!Number.isNaN(plain)) return plain;
  // A leading minus (a spreadsheet's end minus start) is read, so the row is refused as negative, not as no duration.
  const clock = /^(-?)(\d+):([0-5]\d)(?::([0-5]\d)(?:[.,]\d+)?)?$/.exec(text);
  if (clock) {
    const [, sign, a, b, c] = clock;
    const minutes = c === undefined ? Number(a) + Number(b) / 60 : Number(a) * 60 + Number(b) + Number(c) / 60;
    return sign === '' ? minutes : -minutes;
  }
  const parts = text.toLowerCase().match(/\d+(?:[.,]\d+)?\s*[a-z]+/g);
  if (!parts || parts.join('').replace(/\s/g, '') !== text.toLowerCase().replace(/\s/g, '')) return NaN;
  let total = 0;
  for (const part of parts) {
    const m = /^(\d+(?:[.,]\d+)?)\s*([a-z]+)$/.exec(part)!;
    const factor = UNIT_MINUTES[m[2]!];
    const value = parseDecimal(m[1]!, decimalComma || m[1]!.includes(','));
    if (factor === undefined || Number.isNaN(value)) return NaN;
    total += value * factor;
  }
  return total;
}
