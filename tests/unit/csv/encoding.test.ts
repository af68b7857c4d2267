import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asUtf8, encodingOf, headAsUtf8, looksLikeUtf16 } from '../../../src/lib/csv/encoding';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), littleEndian);
  return out;
}

/** Streams `bytes` in pieces cut at `cuts` and collects what comes out as UTF-8 text. */
async function through(bytes: Uint8Array, cuts: number[]): Promise<string> {
  const points = [...new Set([0, ...cuts.map((c) => Math.min(c, bytes.length)), bytes.length])].sort(
    (a, b) => a - b,
  );
  const stream = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      for (let i = 1; i < points.length; i++) controller.enqueue(bytes.slice(points[i - 1], points[i]));
      controller.close();
    },
  });
  const chunks: Uint8Array[] = [];
  for await (const chunk of asUtf8(stream, encodingOf(bytes))) chunks.push(chunk);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(chunks));
}

describe('encodingOf', () => {
  it('reads the byte order mark', () => {
    expect(encodingOf(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toBe('utf-16le');
    expect(encodingOf(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toBe('utf-16be');
    expect(encodingOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8');
    expect(encodingOf(new TextEncoder().encode('name,bio'))).toBe('utf-8');
  });
});

describe('asUtf8', () => {
  const sample = '\uFEFFusername\tbiography\r\ncafé_amélie\tPâtisserie 🥐\r\nзоя\t"line\nbreak"\n';

  it.each([true, false])(
    'turns UTF-16 (little-endian: %s) into the same text as UTF-8, however it is cut',
    async (littleEndian) => {
      const bytes = utf16(sample, littleEndian);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat(bytes.length), { maxLength: 8 }), async (cuts) => {
          expect(await through(bytes, cuts)).toBe(sample.slice(1));
        }),
        { numRuns: 50 },
      );
    },
  );

  it('passes UTF-8 through untouched', async () => {
    const bytes = new TextEncoder().encode('a,b\n1,é\n');
    expect(await through(bytes, [3])).toBe('a,b\n1,é\n');
  });
});

describe('looksLikeUtf16 and headAsUtf8', () => {
  it('spots UTF-16 with no byte order mark, not UTF-8 or binary noise', () => {
    expect(looksLikeUtf16(utf16('screen_name,followers\nbakery,12\n', true))).toBe(true);
    expect(looksLikeUtf16(utf16('screen_name,followers\nbakery,12\n', false))).toBe(true);
    expect(looksLikeUtf16(new TextEncoder().encode('screen_name,followers\nbakery,12\n'))).toBe(false);
    expect(looksLikeUtf16(new Uint8Array(64))).toBe(false);
  });

  it('decodes a UTF-16 head, dropping a half character cut off at the end', () => {
    const head = utf16('\uFEFFab', true);
    expect(new TextDecoder().decode(headAsUtf8(head.subarray(0, 5)))).toBe('a');
    expect(new TextDecoder().decode(headAsUtf8(head))).toBe('ab');
  });
});
