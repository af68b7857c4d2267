import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffCsvFile } from '../../../src/lib/csv/sniff';

const bytes = (text: string) => new TextEncoder().encode(text);

function utf16le(text: string, bom = true): Uint8Array {
  const body = bom || !text.startsWith('\uFEFF') ? text : text.slice(1);
  const out = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    out[2 * i] = body.charCodeAt(i) & 0xff;
    out[2 * i + 1] = body.charCodeAt(i) >> 8;
  }
  return out;
}

function utf16be(text: string): Uint8Array {
  const le = utf16le(text);
  const out = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) [out[i], out[i + 1]] = [le[i + 1]!, le[i]!];
  return out;
}

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
    ['UTF-16 text with no byte order mark', utf16le('name,bio\nbakery,bread\n', false), 40, /CSV UTF-8/],
    [
      'a binary file with NUL bytes',
      new Uint8Array([0x01, 0x00, 0x02, 0x03, 0x00, 0x00, 0x00, 0x05]),
      8,
      /not plain text/,
    ],
    ['only blank lines', bytes('\n\n  \r\n'), 6, /only blank space/],
  ])('turns away %s with a message that says what to do', (_, head, size, message) => {
    const result = sniffCsvFile(head, size);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toMatch(/CSV|again/);
    }
  });

  it.each([
    ['little-endian', utf16le('\uFEFFusername\tbiography\ncafé_amélie\tPâtisserie\n')],
    ['big-endian', utf16be('\uFEFFusername,biography\ncafé,Pâtisserie\n')],
  ])('accepts UTF-16 %s text with a byte order mark, as Excel saves "Unicode text"', (_, head) => {
    expect(sniffCsvFile(head, head.length)).toEqual({ ok: true });
  });

  it('turns away UTF-16 text with a byte order mark that holds only blank space', () => {
    const head = utf16le('\uFEFF \n\n');
    expect(sniffCsvFile(head, head.length)).toMatchObject({ ok: false, message: /only blank space/ });
  });

  it('never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(), (head, size) => {
        expect(typeof sniffCsvFile(head, size).ok).toBe('boolean');
      }),
    );
  });
});
