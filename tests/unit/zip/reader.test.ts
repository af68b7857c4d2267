import { describe, expect, it } from 'vitest';
import { zipBuffer } from '../../fixtures/zip-writer.mjs';
import {
  entryStream,
  inflateBudget,
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
    expect(await text(await entryStream(source, entries[1]!, inflateBudget(1000, 10_000)))).toBe('[{"a":1}]');
    expect(await text(await entryStream(source, entries[2]!, inflateBudget(1000, 10_000)))).toBe('plain');
    // The 512 KB photo was never read: only the directory's end, the directory and two local headers.
    expect(Math.max(...source.reads)).toBeLessThan(70_000);
  });

  it('stops an entry that inflates past the limit, even when it claims to be small', async () => {
    const zip = zipBuffer([{ name: 'followers_1.json', data: Buffer.alloc(5_000_000, 32), claimedSize: 10 }]);
    const source = bufferSource(zip);
    const [entry] = await listEntries(source);
    expect(entry!.size).toBe(10);
    await expect(
      text(await entryStream(source, entry!, inflateBudget(1_000_000, 10_000_000))),
    ).rejects.toThrow(/more than 1 MB/);
    const honest = zipBuffer([{ name: 'followers_1.json', data: Buffer.alloc(5_000_000, 32) }]);
    const [big] = await listEntries(bufferSource(honest));
    await expect(
      entryStream(bufferSource(honest), big!, inflateBudget(1_000_000, 10_000_000)),
    ).rejects.toThrow(ZipError);
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

  const list = '[{"title":"","string_list_data":[{"value":"a.b","timestamp":1790000000}]}]';

  it('refuses many names for one stream of data, the overlapping-entry bomb, before inflating any', async () => {
    const bomb = zipBuffer([
      { name: 'followers_1.json', data: Buffer.alloc(1_000_000, 32) },
      ...Array.from({ length: 500 }, (_, index) => ({ name: `followers_${index + 2}.json`, pointsAt: 0 })),
    ]);
    const source = bufferSource(bomb);
    const error = await listEntries(source).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ZipError);
    expect((error as ZipError).problem).toBe('overlapping');
    expect((error as Error).message).toMatch(/files overlap one another.*ZIP bomb/);
    // Only the end of the file and the directory were read: no entry.
    expect(source.reads).toHaveLength(2);
  });

  it('refuses an entry whose data reaches into another, or into the list of contents', async () => {
    const quoted = zipBuffer([
      { name: 'a.json', data: list, store: true, claimedCompressedSize: list.length + 40 },
      { name: 'b.json', data: list, store: true },
    ]);
    await expect(listEntries(bufferSource(quoted))).rejects.toThrow(/files overlap one another/);
    const intoDirectory = zipBuffer([
      { name: 'a.json', data: list, store: true, claimedCompressedSize: list.length + 10 },
    ]);
    await expect(listEntries(bufferSource(intoDirectory))).rejects.toThrow(
      /a file overlaps its list of contents/,
    );
    // Entries side by side, in any order in the directory, are read.
    const honest = zipBuffer([
      { name: 'a.json', data: list },
      { name: 'empty/', data: '', store: true },
      { name: 'b.json', data: list },
    ]);
    expect(await listEntries(bufferSource(honest))).toHaveLength(3);
  });

  it('counts the bytes inflated across all entries against one total, not only each entry’s', async () => {
    const zip = zipBuffer(
      Array.from({ length: 5 }, (_, index) => ({
        name: `followers_${index + 1}.json`,
        data: Buffer.alloc(400_000, 32),
      })),
    );
    const source = bufferSource(zip);
    const entries = await listEntries(source);
    const budget = inflateBudget(1_000_000, 1_000_000);
    for (const entry of entries.slice(0, 2))
      expect(await text(await entryStream(source, entry, budget))).toHaveLength(400_000);
    const third = await entryStream(source, entries[2]!, budget)
      .then(text)
      .catch((caught: unknown) => caught);
    expect(third).toBeInstanceOf(ZipError);
    expect((third as ZipError).problem).toBe('export-too-large');
    expect((third as Error).message).toMatch(/unpack to more than 1 MB together/);
    // Once spent, the budget refuses the next entry before reading it.
    const reads = source.reads.length;
    await expect(entryStream(source, entries[3]!, budget)).rejects.toThrow(/together/);
    expect(source.reads).toHaveLength(reads);
  });

  it('keeps only the entries whose names are wanted, asked as the directory is read', async () => {
    const zip = zipBuffer([
      ...Array.from({ length: 1000 }, (_, index) => ({ name: `media/${index}.jpg`, data: '', store: true })),
      { name: 'followers_1.json', data: list },
    ]);
    const asked: string[] = [];
    const entries = await listEntries(bufferSource(zip), undefined, (name) => {
      asked.push(name);
      return name.endsWith('.json');
    });
    expect(asked).toHaveLength(1001);
    expect(entries.map((entry) => entry.name)).toEqual(['followers_1.json']);
    // Entries not wanted are still checked for overlap.
    const bomb = zipBuffer([
      { name: 'a.jpg', data: list },
      { name: 'b.jpg', pointsAt: 0 },
    ]);
    await expect(listEntries(bufferSource(bomb), undefined, () => false)).rejects.toThrow(/overlap/);
  });
});
