/*
 * A streaming CSV reader (RFC 4180, with the line endings and delimiters real exports use), written for the
 * audit. It reads UTF-8 bytes in chunks of any size, cut anywhere, and calls back once per record with its
 * cells and the line it starts on. Line breaks are CRLF, LF or a lone CR, mixed freely; inside quotes they
 * are kept as they are.
 *
 * Why bytes: every character that structures a CSV file (quote, delimiter, CR, LF) is ASCII, and in UTF-8 no
 * byte of a longer character can be mistaken for one, so records and cells can be found without decoding.
 * Only the cells the caller reads are copied out, and each chunk's copies are decoded in one call: decoding a
 * whole 200 MB export to text costs more than everything else the audit does.
 *
 * Limits are checked as the bytes arrive, so a hostile file stops with a reason before it can cost memory or
 * time: no record is held beyond `maxRecordBytes`, no cell is handed on beyond `maxCellBytes`, and no record
 * beyond `maxCells` cells (`maxHeaderCells` for the header) is taken apart further.
 */

export interface CsvLimits {
  /** The longest record, in bytes, line breaks inside quotes included. */
  maxRecordBytes: number;
  /** The most cells a record may have. */
  maxCells: number;
  /** The most cells the first record, the header, may have. */
  maxHeaderCells: number;
  /** The longest cell, in bytes, quotes included. */
  maxCellBytes: number;
}

export type CsvStop =
  | { kind: 'record-too-long'; line: number }
  | { kind: 'too-many-cells'; line: number; cells: number }
  | { kind: 'too-many-header-cells'; line: number; cells: number }
  | { kind: 'cell-too-long'; line: number; column: number };

export interface CsvRecordSink {
  /**
   * One record: its cells, the 1-based line it starts on, and whether a quotation mark in it is opened and
   * never closed (the record then runs to the end of the file). Columns left out by `wanted` are ''. Return
   * false to stop reading.
   */
  record(cells: string[], line: number, unclosedQuote: boolean): boolean | void;
}

export interface CsvReader {
  /** The next bytes of the file. */
  push(bytes: Uint8Array): void;
  /** The end of the file: the last record, if any, is given. */
  end(): void;
  /** Why reading stopped early, if it did. */
  readonly stopped: CsvStop | undefined;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const COMMA = 44;
const SEMICOLON = 59;
const TAB = 9;
// What separates the copied cells before they are decoded: ASCII's unit separator. The same byte in the file
// is dropped from cells (a control character, never part of a profile).
const CELL_MARK = 0x1f;
const CELL_TEXT = '\u001f';

/** The delimiter of a header line: the most frequent of comma, semicolon and tab outside quotes (comma on a tie). */
export function guessDelimiter(bytes: Uint8Array): ',' | ';' | '\t' {
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (byte === COMMA) comma++;
    else if (byte === SEMICOLON) semicolon++;
    else if (byte === TAB) tab++;
    else if (byte === LF || byte === CR) break;
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

/**
 * Reads CSV bytes. `wanted`, asked once after the header, says which columns (by index) the caller reads:
 * the others are still counted but never copied, which is most of the cost of a wide export. The header is
 * always read whole.
 */
export function createCsvReader(
  delimiter: string,
  sink: CsvRecordSink,
  limits: CsvLimits,
  wanted?: () => ReadonlySet<number> | undefined,
): CsvReader {
  const separator = delimiter.charCodeAt(0);
  // No byte above this ends an unquoted cell: the delimiter and the line breaks are all at or below it.
  const highest = Math.max(separator, CR);
  const decoder = new TextDecoder();
  let pending = new Uint8Array(0);
  let line = 1;
  let records = 0;
  let started = false;
  let stopped: CsvStop | undefined;
  let done = false;
  /** Column index -> whether its cells are copied; undefined while reading the header (all are). */
  let keep: Uint8Array | undefined;
  /** The copied columns in order, and a row of empty cells as wide as the header. */
  let kept: number[] = [];
  let blank: string[] = [];

  // The copies of one chunk's wanted cells, marked, and what is known of each of its records.
  let out = new Uint8Array(1 << 16);
  let used = 0;
  const lines: number[] = [];
  const widths: number[] = [];
  const unclosed: boolean[] = [];
  const whole: boolean[] = [];

  function room(extra: number): void {
    if (used + extra <= out.length) return;
    let size = out.length * 2;
    while (size < used + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(out.subarray(0, used));
    out = grown;
  }

  /** Copies data[from, to) as a cell's text, dropping the byte used as a mark. */
  function copy(data: Uint8Array, from: number, to: number): void {
    room(to - from);
    for (let i = from; i < to; i++) {
      const byte = data[i]!;
      if (byte !== CELL_MARK) out[used++] = byte;
    }
  }

  function mark(byte: number): void {
    room(1);
    out[used++] = byte;
  }

  /** Hands the records found so far to the sink, decoding their copied cells in one go. */
  function flush(): void {
    if (lines.length === 0) return;
    const copied = decoder.decode(out.subarray(0, used)).split(CELL_TEXT);
    let next = 0;
    for (let r = 0; r < lines.length; r++) {
      const width = widths[r]!;
      let cells: string[];
      if (whole[r]) cells = copied.slice(next, (next += width));
      else {
        // A row of empty cells copied natively, then the few kept ones filled in, in column order.
        cells = width <= blank.length ? blank.slice(0, width) : new Array<string>(width).fill('');
        for (let k = 0; k < kept.length && kept[k]! < width; k++) cells[kept[k]!] = copied[next++]!;
      }
      if (sink.record(cells, lines[r]!, unclosed[r]!) === false) {
        done = true;
        break;
      }
      records++;
      // The header decides which columns are copied from here on.
      if (records === 1) {
        const chosen = wanted?.();
        if (chosen) {
          keep = new Uint8Array(limits.maxCells + 1);
          kept = [...chosen]
            .filter((c) => Number.isInteger(c) && c >= 0 && c <= limits.maxCells)
            .sort((a, b) => a - b);
          for (const column of kept) keep[column] = 1;
          blank = new Array<string>(cells.length).fill('');
        }
      }
    }
    used = 0;
    lines.length = 0;
    widths.length = 0;
    unclosed.length = 0;
    whole.length = 0;
  }

  /**
   * Finds the records in `data`, copying the wanted cells. Returns where an incomplete record begins (kept
   * for the next chunk), or data.length when everything was used.
   */
  function scan(data: Uint8Array, final: boolean): number {
    const length = data.length;
    let at = 0;
    while (at < length && !done) {
      const columns = keep;
      const start = at;
      const startLine = line;
      const restart = used;
      let breaksInside = 0;
      let cells = 0;
      let open = false;
      const cellLimit = records === 0 ? limits.maxHeaderCells : limits.maxCells;
      for (;;) {
        const cellStart = at;
        const copying = columns === undefined || columns[cells] === 1;
        if (at < length && data[at] === QUOTE) {
          // A quoted cell: up to the quote that is not doubled; "" inside stands for one quote.
          let from = at + 1;
          let i = from;
          for (;;) {
            while (i < length) {
              const byte = data[i]!;
              // Most bytes are letters or digits, above every byte that matters here.
              if (byte > QUOTE) {
                i++;
                continue;
              }
              if (byte === QUOTE) break;
              if (byte === LF || (byte === CR && data[i + 1] !== LF)) breaksInside++;
              i++;
            }
            if (i >= length - 1 && !final) {
              used = restart;
              return start;
            }
            if (i < length && data[i + 1] === QUOTE) {
              if (copying) copy(data, from, i + 1);
              i += 2;
              from = i;
              continue;
            }
            break;
          }
          if (i >= length) {
            open = true;
            if (copying) copy(data, from, length);
            at = length;
          } else {
            if (copying) copy(data, from, i);
            // Bytes after the closing quote, up to the delimiter, belong to the cell, as other readers take them.
            const end = cellEnd(data, i + 1);
            if (end === length && !final) {
              used = restart;
              return start;
            }
            if (copying) copy(data, i + 1, end);
            at = end;
          }
        } else {
          const end = cellEnd(data, at);
          if (end === length && !final) {
            used = restart;
            return start;
          }
          if (copying) copy(data, at, end);
          at = end;
        }
        cells++;
        if (copying) mark(CELL_MARK);
        if (at - start > limits.maxRecordBytes) return stop({ kind: 'record-too-long', line: startLine });
        if (at - cellStart > limits.maxCellBytes)
          return stop({ kind: 'cell-too-long', line: startLine, column: cells });
        if (cells > cellLimit)
          return stop({
            kind: records === 0 ? 'too-many-header-cells' : 'too-many-cells',
            line: startLine,
            cells,
          });
        if (at >= length) break;
        const byte = data[at]!;
        if (byte === separator) {
          at++;
          if (at < length) continue;
          if (!final) {
            used = restart;
            return start;
          }
          // A delimiter at the very end leaves one empty cell after it.
          cells++;
          if (cells > cellLimit)
            return stop({
              kind: records === 0 ? 'too-many-header-cells' : 'too-many-cells',
              line: startLine,
              cells,
            });
          if (columns === undefined || columns[cells - 1] === 1) mark(CELL_MARK);
          break;
        }
        // A line break ends the record: CRLF, LF or a lone CR.
        if (byte === CR) {
          if (at + 1 === length && !final) {
            used = restart;
            return start;
          }
          at += data[at + 1] === LF ? 2 : 1;
        } else at++;
        break;
      }
      lines.push(startLine);
      widths.push(cells);
      unclosed.push(open);
      whole.push(columns === undefined);
      line = startLine + breaksInside + 1;
      // The header is handed over at once, so that the caller can choose the columns for the rest.
      if (records === 0) flush();
    }
    return at;

    function cellEnd(bytes: Uint8Array, from: number): number {
      let end = from;
      while (end < length) {
        const byte = bytes[end]!;
        if (byte <= highest && (byte === separator || byte === LF || byte === CR)) break;
        end++;
      }
      return end;
    }
  }

  function stop(reason: CsvStop): number {
    stopped = reason;
    done = true;
    return Number.MAX_SAFE_INTEGER;
  }

  return {
    push(bytes) {
      if (done || bytes.length === 0) return;
      let data = bytes;
      if (pending.length > 0) {
        data = new Uint8Array(pending.length + bytes.length);
        data.set(pending);
        data.set(bytes, pending.length);
      }
      // A byte order mark is not part of the first header name.
      if (!started) {
        if (data.length < 3 && data[0] === 0xef) {
          pending = data.slice();
          return;
        }
        started = true;
        if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
      }
      const rest = scan(data, false);
      if (!done) flush();
      if (done) {
        pending = new Uint8Array(0);
        return;
      }
      pending = data.slice(Math.min(rest, data.length));
      if (pending.length > limits.maxRecordBytes) {
        stop({ kind: 'record-too-long', line });
        pending = new Uint8Array(0);
      }
    },
    end() {
      if (done) return;
      if (pending.length > 0) scan(pending, true);
      if (!done) flush();
      pending = new Uint8Array(0);
      done = true;
    },
    get stopped() {
      return stopped;
    },
  };
}

export interface CsvRecord {
  cells: string[];
  line: number;
  unclosedQuote: boolean;
}

/** A whole CSV text read at once, its delimiter guessed from the first line: for files known to be small. */
export function readCsvText(text: string, limits: CsvLimits): { records: CsvRecord[]; stopped?: CsvStop } {
  const bytes = new TextEncoder().encode(text);
  const records: CsvRecord[] = [];
  const reader = createCsvReader(
    guessDelimiter(bytes),
    { record: (cells, line, unclosedQuote) => void records.push({ cells, line, unclosedQuote }) },
    limits,
  );
  reader.push(bytes);
  reader.end();
  return reader.stopped ? { records, stopped: reader.stopped } : { records };
}
