import { describe, expect, it } from 'vitest';
import { createStreamDecoder, firstNonAscii } from '../../../shared/csv/decode';
import { detectEncoding } from '../../../shared/csv/sniff';
import { WINDOWS_1252_HIGH, decodeWindows1252 } from '../../../shared/csv/windows-1252';
import { chunksOf, fixture } from './helpers';

describe('Windows-1252', () => {
  it('decodes 0x80 as the euro sign, not a control character', () => {
    expect(decodeWindows1252(new Uint8Array([0x35, 0x20, 0x80]))).toBe('5 €');
    expect(decodeWindows1252(new Uint8Array([0x80])).codePointAt(0)).toBe(0x20ac);
  });

  // The 32 bytes where Windows-1252 differs from Latin-1, straight from the Unicode mapping table
  // (unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT); the five undefined bytes map to themselves.
  it.each([
    [0x80, '€'], [0x81, '\u0081'], [0x82, '‚'], [0x83, 'ƒ'], [0x84, '„'], [0x85, '…'], [0x86, '†'], [0x87, '‡'],
    [0x88, 'ˆ'], [0x89, '‰'], [0x8a, 'Š'], [0x8b, '‹'], [0x8c, 'Œ'], [0x8d, '\u008d'], [0x8e, 'Ž'], [0x8f, '\u008f'],
    [0x90, '\u0090'], [0x91, '‘'], [0x92, '’'], [0x93, '“'], [0x94, '”'], [0x95, '•'], [0x96, '–'], [0x97, '—'],
    [0x98, '˜'], [0x99, '™'], [0x9a, 'š'], [0x9b, '›'], [0x9c, 'œ'], [0x9d, '\u009d'], [0x9e, 'ž'], [0x9f, 'Ÿ'],
  ])('byte 0x%s decodes to %j', (byte, char) => {
    expect(decodeWindows1252(new Uint8Array([byte]))).toBe(char);
  });

  it('has exactly 32 special entries', () => {
    expect(WINDOWS_1252_HIGH).toHaveLength(32);
  });

  it('reads the other bytes as Latin-1', () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    const text = decodeWindows1252(bytes);
    expect(text).toHaveLength(256);
    for (let i = 0; i < 256; i++) {
      if (i < 0x80 || i >= 0xa0) expect(text.charCodeAt(i)).toBe(i);
    }
    expect(decodeWindows1252(new Uint8Array([0xe9, 0xfc, 0xdf, 0xff]))).toBe('éüßÿ');
  });

  it('detects a file with € and é bytes as Windows-1252 and reads it', () => {
    const bytes = fixture('satisfaction-windows-1252.csv');
    expect(detectEncoding(bytes)).toEqual({ encoding: 'windows-1252', bom: false, asciiOnly: false });
    const text = decodeWindows1252(bytes);
    expect(text).toContain('rené;06.01.2025;4;Spart 20 € pro Woche');
    expect(text).toContain('“Zu langsam” – oft');
  });
});

describe('adaptive UTF-8 decoder', () => {
  it('switches to Windows-1252 at the first byte that is not UTF-8, even far beyond the sample', () => {
    const ascii = 'user,date\n'.padEnd(100_000, 'x');
    const bytes = new Uint8Array([...new TextEncoder().encode(ascii), 0x80, 0x0a, 0x65, 0x3d, 0xe9]);
    const decoder = createStreamDecoder('utf-8');
    const text = chunksOf(bytes, 4096).map((c) => decoder.decode(c)).join('') + decoder.end();
    expect(text.endsWith('€\ne=é')).toBe(true);
    expect(text.length).toBe(ascii.length + 5);
    expect(decoder.encoding).toBe('windows-1252');
    expect(decoder.switchedAt).toBe(100_000);
  });

  it('stays UTF-8 when the first non-ASCII bytes are valid UTF-8, split across 1-byte chunks', () => {
    const bytes = new TextEncoder().encode('a,b\nzoë,€5,😀\n');
    const decoder = createStreamDecoder('utf-8');
    const text = chunksOf(bytes, 1).map((c) => decoder.decode(c)).join('') + decoder.end();
    expect(text).toBe('a,b\nzoë,€5,😀\n');
    expect(decoder.encoding).toBe('utf-8');
    expect(decoder.replaced).toBe(0);
  });

  it('drops a UTF-8 byte order mark even when it arrives one byte at a time', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62]);
    const decoder = createStreamDecoder('utf-8');
    expect(chunksOf(bytes, 1).map((c) => decoder.decode(c)).join('') + decoder.end()).toBe('a,b');
  });

  it('keeps UTF-8 and counts the bad byte when an invalid byte comes after valid UTF-8', () => {
    const decoder = createStreamDecoder('utf-8');
    const valid = new TextEncoder().encode('é'.repeat(200));
    const text = decoder.decode(valid) + decoder.decode(new Uint8Array([0x2c, 0xff, 0x2c])) + decoder.end();
    expect(text).toBe('é'.repeat(200) + ',\uFFFD,');
    expect(decoder.encoding).toBe('utf-8');
    expect(decoder.replaced).toBe(1);
  });

  it('reads bytes that are not UTF-8 right after the first non-ASCII byte as Windows-1252', () => {
    const decoder = createStreamDecoder('utf-8');
    const text = decoder.decode(new Uint8Array([0x61, 0xc3, 0xa9, 0x2c, 0xff])) + decoder.end();
    expect(text).toBe('aÃ©,ÿ');
    expect(decoder.encoding).toBe('windows-1252');
  });

  it.each([0, 1, 2, 3, 5, 9])('finds the first non-ASCII byte at any alignment (offset %i)', (offset) => {
    const buffer = new Uint8Array(64);
    buffer[offset + 20] = 0x80;
    expect(firstNonAscii(buffer.subarray(offset))).toBe(20);
    expect(firstNonAscii(new Uint8Array(10))).toBe(-1);
  });
});
