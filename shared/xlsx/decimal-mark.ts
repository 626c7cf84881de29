/**
 * The decimal mark of numbers a workbook holds as text. A numeric cell is written with a decimal point, but a cell
 * typed or pasted as text keeps its owner's locale ("12,5", "0,02"): one sheet can hold both, and the import reads a
 * file with one mark. Only shapes a thousands separator cannot make count ("1,234" could be either).
 */

/** `12,5`, `0,125`, `1.234,5`, `12,5 %`: a decimal comma. */
const COMMA = /^[-+]?(?:\d+,(?:\d{1,2}|\d{4,})|0,\d+|\d{1,3}(?:\.\d{3})+,\d+)(?:\s*%)?$/;
/** `12.5`, `0.125`, `1,234.5`, `12.5%`: a decimal point. */
const POINT = /^[-+]?(?:\d+\.(?:\d{1,2}|\d{4,})|0\.\d+|\d{1,3}(?:,\d{3})+\.\d+)(?:\s*%)?$/;

/** The decimal mark a text cell shows, or null when it is no number or could be read either way. */
export function textDecimalMark(text: string): 'comma' | 'point' | null {
  const c = text.charCodeAt(0);
  // Most text cells are words: the first character settles it without a regular expression.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45)) return null;
  return COMMA.test(text) ? 'comma' : POINT.test(text) ? 'point' : null;
}
