/*
 * A small ZIP reader for data exports, which can be several gigabytes when they include photos and videos.
 * It reads the central directory from the end of the file, then inflates only the entries asked for, each
 * from its own slice of the file, with the browser's own inflater (DecompressionStream 'deflate-raw'). The
 * file is never held whole. ZIP64 archives (over 4 GB or 65,535 entries) are read too.
 *
 * Every limit is checked here, once: the size of the directory, the number of entries, and the bytes an
 * entry, and all the entries read from one export together, may inflate to, counted as they inflate, so an
 * entry that lies about its size (a ZIP bomb) is stopped at the limit instead of filling memory. Entries
 * whose data overlap one another or the directory are refused as the directory is read: many names for one
 * small stream that inflates hugely is how a ZIP bomb without nesting works (David Fifield, "A better zip
 * bomb", 2019, whose mitigations start with this check), and no zip tool writes an archive that way. Names with `..`, absolute paths or drive letters are refused:
 * nothing is written to disk, but such an archive is not a platform's export either.
 */

/** Where the archive's bytes come from: a `File` in the browser, a buffer in tests. */
export interface ZipSource {
  size: number;
  /** `length` bytes from `offset` (fewer only at the end of the source). */
  read(offset: number, length: number): Promise<Uint8Array>;
  /** The bytes from `start` to `end` as a stream, so a large entry need not be read in one piece. */
  stream(start: number, end: number): ReadableStream<Uint8Array>;
}

export function blobSource(blob: Blob): ZipSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
    stream: (start, end) => blob.slice(start, end).stream(),
  };
}

export interface ZipEntry {
  /** The path inside the archive, with `/` between folders. */
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read here. */
  method: number;
  compressedSize: number;
  /** What the directory says the entry inflates to; checked again while inflating. */
  size: number;
  encrypted: boolean;
  headerOffset: number;
}

export interface ZipLimits {
  /** Most bytes of central directory read (a 1 GB export with media has a few MB). */
  maxDirectoryBytes: number;
  maxEntries: number;
}

export const ZIP_LIMITS: ZipLimits = { maxDirectoryBytes: 64 * 1024 * 1024, maxEntries: 1_000_000 };

export type ZipProblem =
  | 'not-zip'
  | 'directory-too-large'
  | 'too-many-entries'
  | 'corrupt'
  | 'entry-too-large'
  | 'export-too-large'
  | 'overlapping'
  | 'unsupported'
  | 'encrypted';

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

const END_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const DIRECTORY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;

const corrupt = (what: string) => new ZipError('corrupt', `The ZIP file is damaged (${what}).`);

function u64(view: DataView, at: number): number {
  const value = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
  if (!Number.isSafeInteger(value)) throw corrupt('a size too large to be real');
  return value;
}

/** Whether `name` stays inside the archive: no `..` folder, no leading `/` or `\`, no drive letter. */
export function isSafeEntryName(name: string): boolean {
  if (name === '' || name.includes('\0')) return false;
  const path = name.replaceAll('\\', '/');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return false;
  return !path.split('/').includes('..');
}

/**
 * Reads the central directory: each entry's name, sizes and where its data is. `wanted` is asked about every
 * name as it is read, and only the entries it wants are returned; every entry is checked for overlap all the
 * same.
 */
export async function listEntries(
  source: ZipSource,
  limits: ZipLimits = ZIP_LIMITS,
  wanted: (name: string) => boolean = () => true,
): Promise<ZipEntry[]> {
  if (source.size < END_SIZE) throw new ZipError('not-zip', 'This is not a ZIP file.');
  const tailLength = Math.min(source.size, END_SIZE + MAX_COMMENT);
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let end = -1;
  for (let at = tail.byteLength - END_SIZE; at >= 0; at--) {
    if (tailView.getUint32(at, true) === END_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError('not-zip', 'This is not a ZIP file, or it was not downloaded to the end.');
  if (tailView.getUint16(end + 4, true) !== 0 || tailView.getUint16(end + 6, true) !== 0)
    throw new ZipError('unsupported', 'This ZIP file is split into parts. Download it again as one file.');
  let count = tailView.getUint16(end + 10, true);
  let directorySize = tailView.getUint32(end + 12, true);
  let directoryOffset = tailView.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === ZIP64_MARK || directoryOffset === ZIP64_MARK) {
    ({ count, directorySize, directoryOffset } = await readZip64End(source, tailStart + end));
  }
  if (count > limits.maxEntries)
    throw new ZipError(
      'too-many-entries',
      `This ZIP file holds ${count.toLocaleString('en-GB')} files, more than the ${limits.maxEntries.toLocaleString('en-GB')} this page reads.`,
    );
  if (directorySize > limits.maxDirectoryBytes)
    throw new ZipError('directory-too-large', 'This ZIP file’s list of contents is too large to read.');
  if (directoryOffset + directorySize > source.size) throw corrupt('its list of contents is cut off');
  const directory = await source.read(directoryOffset, directorySize);
  return readDirectory(directory, count, directoryOffset, wanted);
}

async function readZip64End(source: ZipSource, endOffset: number) {
  if (endOffset < 20) throw corrupt('a ZIP64 locator is missing');
  const locator = await source.read(endOffset - 20, 20);
  const locatorView = new DataView(locator.buffer, locator.byteOffset, 20);
  if (locatorView.getUint32(0, true) !== ZIP64_LOCATOR_SIGNATURE) throw corrupt('a ZIP64 locator is missing');
  const recordOffset = u64(locatorView, 8);
  const record = await source.read(recordOffset, 56);
  if (record.byteLength < 56) throw corrupt('the ZIP64 record is cut off');
  const view = new DataView(record.buffer, record.byteOffset, 56);
  if (view.getUint32(0, true) !== ZIP64_END_SIGNATURE) throw corrupt('the ZIP64 record is missing');
  return { count: u64(view, 32), directorySize: u64(view, 40), directoryOffset: u64(view, 48) };
}

const names = new TextDecoder('utf-8');

// Names up to this many bytes that are plain ASCII are made into strings directly: a call to TextDecoder costs
// microseconds in Chromium, which a directory of 1,000,000 entries turns into seconds.
const SHORT_NAME = 256;

function nameOf(bytes: Uint8Array): string {
  if (bytes.length > SHORT_NAME) return names.decode(bytes);
  let ascii = '';
  for (const byte of bytes) {
    if (byte >= 0x80) return names.decode(bytes);
    ascii += String.fromCharCode(byte);
  }
  return ascii;
}

// The least a local header takes before its data: 30 bytes, then the entry's name.
const LOCAL_HEADER_SIZE = 30;

/**
 * Refuses entries whose bytes (local header, name and packed data) overlap one another or the directory at
 * `directoryOffset`. `starts` and `ends` are each entry's span; a zip tool writes them one after another.
 */
function refuseOverlaps(starts: Float64Array, ends: Float64Array, directoryOffset: number): void {
  let order: ArrayLike<number> | undefined;
  for (let index = 1; index < starts.length && !order; index++)
    if (starts[index]! < starts[index - 1]!)
      order = Uint32Array.from(starts.keys()).sort((a, b) => starts[a]! - starts[b]!);
  let reached = 0;
  for (let index = 0; index < starts.length; index++) {
    const entry = order ? order[index]! : index;
    if (starts[entry]! < reached)
      throw new ZipError(
        'overlapping',
        'This ZIP file’s files overlap one another, so the same data would be unpacked again and again: that is how a ZIP bomb is built, and no platform’s export is, so it was not read.',
      );
    reached = ends[entry]!;
    if (reached > directoryOffset)
      throw new ZipError(
        'overlapping',
        'This ZIP file is built wrongly (a file overlaps its list of contents), as ZIP bombs are and no platform’s export is, so it was not read.',
      );
  }
}

/**
 * Reads the directory in two passes: first every entry's sizes and place, so that overlapping entries are
 * refused before any name is decoded or entry made; then the names, keeping the entries `wanted`.
 */
function readDirectory(
  directory: Uint8Array,
  count: number,
  directoryOffset: number,
  wanted: (name: string) => boolean,
): ZipEntry[] {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const records = new Uint32Array(count);
  const compressedSizes = new Float64Array(count);
  const sizes = new Float64Array(count);
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directory.byteLength || view.getUint32(at, true) !== DIRECTORY_SIGNATURE)
      throw corrupt('an entry in its list of contents is unreadable');
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let headerOffset = view.getUint32(at + 42, true);
    const extraStart = at + 46 + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > directory.byteLength) throw corrupt('its list of contents is cut off');
    // ZIP64 extra field: the 64-bit values, in this order, of those marked 0xFFFFFFFF above.
    for (let extra = extraStart; extra + 4 <= extraStart + extraLength;) {
      const id = view.getUint16(extra, true);
      const length = view.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        const fieldEnd = field + length;
        const take = () => {
          if (field + 8 > fieldEnd) throw corrupt('a ZIP64 field is short');
          const value = u64(view, field);
          field += 8;
          return value;
        };
        if (size === ZIP64_MARK) size = take();
        if (compressedSize === ZIP64_MARK) compressedSize = take();
        if (headerOffset === ZIP64_MARK) headerOffset = take();
      }
      extra += 4 + length;
    }
    records[index] = at;
    compressedSizes[index] = compressedSize;
    sizes[index] = size;
    starts[index] = headerOffset;
    ends[index] = headerOffset + LOCAL_HEADER_SIZE + nameLength + compressedSize;
    at = next;
  }
  refuseOverlaps(starts, ends, directoryOffset);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    const record = records[index]!;
    const nameStart = record + 46;
    const nameBytes = directory.subarray(nameStart, nameStart + view.getUint16(record + 28, true));
    const name = nameOf(nameBytes).replaceAll('\\', '/');
    if (!wanted(name)) continue;
    entries.push({
      name,
      method: view.getUint16(record + 10, true),
      compressedSize: compressedSizes[index]!,
      size: sizes[index]!,
      encrypted: (view.getUint16(record + 8, true) & 1) === 1,
      headerOffset: starts[index]!,
    });
  }
  return entries;
}

/** What one export may inflate to: each entry, and all entries read from it together (bytes). */
export interface InflateBudget {
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
  /** Bytes inflated so far, across entries. */
  spent: number;
}

export const inflateBudget = (maxEntryBytes: number, maxTotalBytes: number): InflateBudget => ({
  maxEntryBytes,
  maxTotalBytes,
  spent: 0,
});

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * The entry's bytes, inflated as they are read and handed on in pieces. Stops with `entry-too-large` once
 * more than the budget's `maxEntryBytes` come out, whatever the directory claimed, and with
 * `export-too-large` once the entries read with this budget pass `maxTotalBytes` together.
 */
export async function entryStream(
  source: ZipSource,
  entry: ZipEntry,
  budget: InflateBudget,
): Promise<ReadableStream<Uint8Array>> {
  const tooLarge = () =>
    new ZipError(
      'entry-too-large',
      `${entry.name} unpacks to more than ${megabytes(budget.maxEntryBytes)}, more than any list of followers needs, so it was not read.`,
    );
  const allTooLarge = () =>
    new ZipError(
      'export-too-large',
      `The lists in this ZIP file unpack to more than ${megabytes(budget.maxTotalBytes)} together, more than any platform’s lists of followers need, so reading stopped.`,
    );
  if (entry.encrypted)
    throw new ZipError('encrypted', 'This ZIP file is protected by a password, so it cannot be read.');
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipError('unsupported', `${entry.name} is packed in a way this page cannot unpack.`);
  if (entry.size > budget.maxEntryBytes) throw tooLarge();
  if (budget.spent + entry.size > budget.maxTotalBytes) throw allTooLarge();
  const header = await source.read(entry.headerOffset, 30);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.byteLength < 30 || view.getUint32(0, true) !== LOCAL_SIGNATURE)
    throw corrupt(`${entry.name} cannot be found in it`);
  const start = entry.headerOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const end = start + entry.compressedSize;
  if (end > source.size) throw corrupt(`${entry.name} is cut off`);
  const raw = source.stream(start, end);
  const bytes =
    entry.method === 8
      ? raw.pipeThrough(
          new DecompressionStream('deflate-raw') as ReadableWritablePair<Uint8Array, Uint8Array>,
        )
      : raw;
  let total = 0;
  return bytes.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        budget.spent += chunk.byteLength;
        if (total > budget.maxEntryBytes) controller.error(tooLarge());
        else if (budget.spent > budget.maxTotalBytes) controller.error(allTooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
}
