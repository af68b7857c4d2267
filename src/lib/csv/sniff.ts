/**
 * A first look at a chosen file, before any parsing: is there anything in it, and is it text?
 * Spreadsheets saved as .xlsx, images and zip files are the usual wrong picks.
 */
import { encodingOf, headAsUtf8, looksLikeUtf16 } from './encoding';

export type FileSniff = { ok: true } | { ok: false; message: string };

/** How much of the start of a file to look at: enough to see the header and a few rows. */
export const SNIFF_BYTES = 4096;

// Magic numbers of the binary formats people most often choose by mistake.
const SIGNATURES: readonly { bytes: readonly number[]; name: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a zip archive or an Excel workbook (.xlsx)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Excel workbook (.xls)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
];

const startsWith = (head: Uint8Array, bytes: readonly number[]) =>
  bytes.every((byte, index) => head[index] === byte);

/**
 * `raw` is the first bytes of the file (up to SNIFF_BYTES), `size` its full length. UTF-16 with a byte order
 * mark is looked at as the text it holds.
 */
export function sniffCsvFile(raw: Uint8Array, size: number): FileSniff {
  if (size === 0)
    return { ok: false, message: 'This file is empty. Export the followers again and choose the new file.' };
  const known = SIGNATURES.find((signature) => startsWith(raw, signature.bytes));
  const save = 'Save or export it as CSV (comma- or semicolon-separated text) and choose that file.';
  if (known) return { ok: false, message: `This looks like ${known.name}, not a CSV file. ${save}` };
  if (encodingOf(raw) === 'utf-8' && looksLikeUtf16(raw))
    return {
      ok: false,
      message:
        'This file is UTF-16 text without the mark that says so, which cannot be read safely. In your spreadsheet choose Save As, then "CSV UTF-8", and choose that file.',
    };
  const head = headAsUtf8(raw);
  // Text never contains NUL bytes.
  if (head.includes(0))
    return { ok: false, message: `This file is not plain text, so it cannot be a CSV file. ${save}` };
  if (
    head.every(
      (byte) =>
        byte === 0x20 ||
        byte === 0x09 ||
        byte === 0x0a ||
        byte === 0x0d ||
        byte === 0xef ||
        byte === 0xbb ||
        byte === 0xbf,
    )
  ) {
    return {
      ok: false,
      message: 'This file has no rows, only blank space. Export the followers again and choose the new file.',
    };
  }
  return { ok: true };
}
