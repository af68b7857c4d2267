/*
 * The text encodings a follower file arrives in. The reader works on UTF-8; Excel's "Unicode text" and some
 * older tools write UTF-16 with a byte order mark, which is decoded and re-encoded as UTF-8 on the way in, a
 * chunk at a time.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding a file's first bytes announce with a byte order mark; UTF-8 when there is none. */
export function encodingOf(head: Uint8Array): CsvEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Whether bytes with no byte order mark look like UTF-16 all the same: in English or European text every
 * other byte is zero.
 */
export function looksLikeUtf16(head: Uint8Array): boolean {
  const pairs = Math.floor(Math.min(head.length, 512) / 2);
  if (pairs < 2) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= pairs * 0.3 && Math.min(even, odd) <= pairs * 0.05;
}

/** The bytes of `stream` as UTF-8, whatever `encoding` they are in. UTF-8 passes through untouched. */
export function asUtf8(
  stream: ReadableStream<Uint8Array<ArrayBuffer>>,
  encoding: CsvEncoding,
): ReadableStream<Uint8Array> {
  if (encoding === 'utf-8') return stream;
  // The decoder consumes the byte order mark.
  return stream.pipeThrough(new TextDecoderStream(encoding)).pipeThrough(new TextEncoderStream());
}

/** The first bytes of a file as UTF-8, for a first look at them. */
export function headAsUtf8(head: Uint8Array): Uint8Array {
  const encoding = encodingOf(head);
  if (encoding === 'utf-8') return head;
  // An odd byte at the end is half a character cut off by the slice: drop it rather than show U+FFFD.
  const whole = head.subarray(0, head.length - (head.length % 2));
  return new TextEncoder().encode(new TextDecoder(encoding).decode(whole));
}
