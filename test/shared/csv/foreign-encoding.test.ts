import { describe, expect, it } from 'vitest';
import { foreignEncodingWarning, readsAsAnotherEncoding } from '../../../shared/csv/foreign-encoding';

/** The bytes of a string whose characters are all below U+0100 (written with \x escapes for the bytes above 0x7F). */
const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('text in an encoding the app does not read', () => {
  it.each<[string, string, boolean]>([
    ['Korean (EUC-KR) "id,나이,만족도"', 'id,\xb3\xaa\xc0\xcc,\xb8\xb8\xc1\xb7\xb5\xb5\r\n1,22,4\r\n', true],
    ['Russian (Windows-1251) "Зарплата,Отдел,Оценка"', '\xc7\xe0\xf0\xef\xeb\xe0\xf2\xe0,\xce\xf2\xe4\xe5\xeb,\xce\xf6\xe5\xed\xea\xe0\n', true],
    ['Chinese (GBK) "满意度,部门,评论"', '\xc2\xfa\xd2\xe2\xb6\xc8,\xb2\xbf\xc3\xc5,\xc6\xc0\xc2\xdb\n', true],
    ['Japanese (Shift-JIS) "満足度,部署"', '\x96\x9e\x91\xab\x93x,\x95\x94\x8f\x90\n', true],
    ['Western (Windows-1252) "Ungenügend, Größe, Übung, très, café, Señor, naïve"', 'Note,Ungen\xfcgend,Gr\xf6\xdfe,\xdcbung,tr\xe8s bien,caf\xe9,Se\xf1or,na\xefve\n', false],
    ['German (Windows-1252) "Rückmeldung;Qualität;Schön"', 'R\xfcckmeldung;Zufriedenheit;Bemerkung zur Qualit\xe4t;Sch\xf6n\n', false],
    ['too few letters to tell ("만족")', 'id,\xb8\xb8\xc1\xb7\n', false],
  ])('%s → %s', (_, text, expected) => {
    expect(readsAsAnotherEncoding(bytes(text))).toBe(expected);
  });

  it('is said only of a file read as Windows-1252, naming the garbled headers', () => {
    const korean = bytes('id,\xb3\xaa\xc0\xcc,\xb8\xb8\xc1\xb7\xb5\xb5\r\n1,22,4\r\n');
    expect(foreignEncodingWarning('utf-8', korean, ['id'])).toBeNull();
    expect(foreignEncodingWarning('windows-1252', korean, ['id', '³ªÀÌ', '¸¸Á·µµ'])?.message).toMatch(/^Cannot tell what the text of this file says \(its headers read as “³ªÀÌ”, “¸¸Á·µµ”\)/);
  });
});
