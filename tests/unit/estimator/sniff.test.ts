import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffCsvFile } from '../../../src/lib/csv/sniff';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffCsvFile', () => {
  it('accepts a CSV header and rows', () => {
    expect(sniffCsvFile(bytes('screen_name,followers_count\nbakery,120\n'), 40)).toEqual({ ok: true });
  });

  it('accepts UTF-8 text with a byte order mark and accents', () => {
    expect(sniffCsvFile(bytes('\uFEFFusername;biography\ncafé_amélie;Pâtisserie\n'), 50)).toEqual({
      ok: true,
    });
  });

  it.each([
    ['an empty file', new Uint8Array(), 0, /empty/],
    ['an Excel workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 9000, /Excel workbook/],
    ['a PDF', bytes('%PDF-1.7 ...'), 9000, /PDF/],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]), 9000, /PNG image/],
    ['UTF-16 text', new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62, 0x00]), 6, /not plain text/],
    ['only blank lines', bytes('\n\n  \r\n'), 6, /only blank space/],
  ])('turns away %s with a message that says what to do', (_, head, size, message) => {
    const result = sniffCsvFile(head, size);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toMatch(/CSV|again/);
    }
  });

  it('never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(), (head, size) => {
        expect(typeof sniffCsvFile(head, size).ok).toBe('boolean');
      }),
    );
  });
});
