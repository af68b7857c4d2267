import { describe, expect, it } from 'vitest';
import { zipBuffer } from '../../fixtures/zip-writer.mjs';
import {
  entryStream,
  isSafeEntryName,
  listEntries,
  ZipError,
  type ZipSource,
} from '../../../src/lib/zip/reader';

function bufferSource(buffer: Uint8Array): ZipSource & { reads: number[] } {
  const reads: number[] = [];
  return {
    reads,
    size: buffer.byteLength,
    read: async (offset, length) => {
      reads.push(length);
      return buffer.slice(offset, offset + length);
    },
    stream: (start, end) => new Blob([buffer.slice(start, end)]).stream(),
  };
}

async function text(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

describe('ZIP reader', () => {
  it('lists the entries and inflates only the one asked for', async () => {
    const zip = zipBuffer([
      { name: 'media/big.jpg', repeat: Buffer.alloc(1024, 7), times: 512 },
      { name: 'connections/followers_and_following/followers_1.json', data: '[{"a":1}]' },
      { name: 'stored.txt', data: 'plain', store: true },
    ]);
    const source = bufferSource(zip);
    const entries = await listEntries(source);
    expect(entries.map((entry) => [entry.name, entry.size])).toEqual([
      ['media/big.jpg', 524288],
      ['connections/followers_and_following/followers_1.json', 9],
      ['stored.txt', 5],
    ]);
    expect(await text(await entryStream(source, entries[1]!, 1000))).toBe('[{"a":1}]');
    expect(await text(await entryStream(source, entries[2]!, 1000))).toBe('plain');
    // The 512 KB photo was never read: only the directory's end, the directory and two local headers.
    expect(Math.max(...source.reads)).toBeLessThan(70_000);
  });

  it('stops an entry that inflates past the limit, even when it claims to be small', async () => {
    const zip = zipBuffer([{ name: 'followers_1.json', data: Buffer.alloc(5_000_000, 32), claimedSize: 10 }]);
    const source = bufferSource(zip);
    const [entry] = await listEntries(source);
    expect(entry!.size).toBe(10);
    await expect(text(await entryStream(source, entry!, 1_000_000))).rejects.toThrow(/more than 1 MB/);
    const honest = zipBuffer([{ name: 'followers_1.json', data: Buffer.alloc(5_000_000, 32) }]);
    const [big] = await listEntries(bufferSource(honest));
    await expect(entryStream(bufferSource(honest), big!, 1_000_000)).rejects.toThrow(ZipError);
  });

  it('says what is wrong with a file that is not a ZIP, or is cut short', async () => {
    await expect(
      listEntries(bufferSource(new TextEncoder().encode('not a zip at all, just words'))),
    ).rejects.toThrow(/not a ZIP/);
    const zip = zipBuffer([{ name: 'a.json', data: '[]' }]);
    await expect(listEntries(bufferSource(zip.subarray(0, zip.length - 30)))).rejects.toThrow(ZipError);
  });

  it('refuses names that leave the archive', () => {
    for (const bad of ['../followers_1.json', 'a/../../b', '/etc/passwd', 'C:\\x\\y.json', '..\\up.json', ''])
      expect(isSafeEntryName(bad), bad).toBe(false);
    for (const good of [
      'connections/followers_and_following/followers_1.json',
      'a..b/c.json',
      'TikTok/Follower.txt',
    ])
      expect(isSafeEntryName(good), good).toBe(true);
  });
});
