import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createCsvReader, guessDelimiter, type CsvLimits } from '../../../src/lib/csv/reader';

const LIMITS: CsvLimits = {
  maxRecordBytes: 1_000_000,
  maxCells: 1000,
  maxHeaderCells: 500,
  maxCellBytes: 100_000,
};

interface Read {
  records: { cells: string[]; line: number; unclosed: boolean }[];
  stopped: ReturnType<typeof createCsvReader>['stopped'];
}

/** Reads `text` as UTF-8 bytes cut into pieces at `cuts`, as the worker reads a file in chunks. */
function read(
  text: string,
  cuts: number[] = [],
  options: { delimiter?: string; limits?: CsvLimits; wanted?: number[] } = {},
): Read {
  const records: Read['records'] = [];
  const reader = createCsvReader(
    options.delimiter ?? ',',
    { record: (cells, line, unclosed) => void records.push({ cells, line, unclosed }) },
    options.limits ?? LIMITS,
    options.wanted ? () => new Set(options.wanted) : undefined,
  );
  const bytes = new TextEncoder().encode(text);
  let from = 0;
  for (const cut of [...cuts].map((c) => Math.min(c, bytes.length)).sort((a, b) => a - b)) {
    reader.push(bytes.subarray(from, cut));
    from = cut;
  }
  reader.push(bytes.subarray(from));
  reader.end();
  return { records, stopped: reader.stopped };
}

const cellsOf = (result: Read) => result.records.map((r) => r.cells);

describe('createCsvReader', () => {
  it('reads records and cells, with the line each record starts on', () => {
    const result = read('a,b,c\n1,2,3\n4,5,6');
    expect(cellsOf(result)).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(result.records.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('takes CRLF, LF and a lone CR as line breaks, mixed in one file', () => {
    const result = read('h1,h2\r\na,1\nb,2\rc,3\r\nd,4');
    expect(cellsOf(result)).toEqual([
      ['h1', 'h2'],
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
      ['d', '4'],
    ]);
    expect(result.records.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quotes, and counts the lines they take', () => {
    const result = read('name,bio\n"Jo, the baker","Bread.\nAnd ""cake"".\r\nMostly."\nsam,hi');
    expect(cellsOf(result)).toEqual([
      ['name', 'bio'],
      ['Jo, the baker', 'Bread.\nAnd "cake".\r\nMostly.'],
      ['sam', 'hi'],
    ]);
    expect(result.records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('keeps characters of every length whole, wherever a chunk cuts through them', () => {
    const text = 'name,bio\nzoë,"Bäckerei 🥐, Köln"\n李,"北京 🌷"';
    const expected = [
      ['name', 'bio'],
      ['zoë', 'Bäckerei 🥐, Köln'],
      ['李', '北京 🌷'],
    ];
    const length = new TextEncoder().encode(text).length;
    for (let cut = 0; cut <= length; cut++) expect(cellsOf(read(text, [cut]))).toEqual(expected);
  });

  it('drops the byte it uses to mark cells, which never belongs in a profile', () => {
    expect(cellsOf(read('a,b\nx\u001fy,z\u001f'))).toEqual([
      ['a', 'b'],
      ['xy', 'z'],
    ]);
  });

  it('drops a byte order mark at the start', () => {
    expect(cellsOf(read('\ufeffscreen_name,followers\nx,1'))[0]).toEqual(['screen_name', 'followers']);
  });

  it('gives an empty line as one empty cell, and keeps empty cells', () => {
    expect(cellsOf(read('a,b\n\n,\n1,'))).toEqual([['a', 'b'], [''], ['', ''], ['1', '']]);
  });

  it('reads a record whose quote never closes to the end of the file, and says so', () => {
    const result = read('a,b\n1,"never closed\n2,3\n');
    expect(result.records[1]).toEqual({ cells: ['1', 'never closed\n2,3\n'], line: 2, unclosed: true });
  });

  it('copies out only the columns asked for, after the header', () => {
    expect(cellsOf(read('a,b,c\n1,2,3\n"4",5,"6"', [], { wanted: [0, 2] }))).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
      ['4', '', '6'],
    ]);
  });

  it('stops at a record longer than the limit, naming its line, without reading it all', () => {
    const result = read(`a,b\n1,2\n${'x'.repeat(5000)},3\n4,5`, [100, 200, 300], {
      limits: { ...LIMITS, maxRecordBytes: 1000, maxCells: 100 },
    });
    expect(result.stopped).toEqual({ kind: 'record-too-long', line: 3 });
    expect(cellsOf(result)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('stops at a record with more cells than the limit', () => {
    const result = read(`a,b\n${Array.from({ length: 50 }, () => 'x').join(',')}\n`, [], {
      limits: { ...LIMITS, maxRecordBytes: 10_000, maxCells: 20 },
    });
    expect(result.stopped).toEqual({ kind: 'too-many-cells', line: 2, cells: 21 });
  });

  it('stops at a header with more columns than the limit, before any row', () => {
    const header = Array.from({ length: 30 }, (_, i) => `c${i}`).join(',');
    const result = read(`${header}\n1,2\n`, [7], { limits: { ...LIMITS, maxHeaderCells: 25 } });
    expect(result.stopped).toEqual({ kind: 'too-many-header-cells', line: 1, cells: 26 });
    expect(result.records).toEqual([]);
  });

  it('lets later rows be wider than the header limit, up to the cell limit', () => {
    const wide = Array.from({ length: 40 }, () => 'x').join(',');
    const result = read(`a,b\n${wide}\n`, [], { limits: { ...LIMITS, maxHeaderCells: 25, maxCells: 50 } });
    expect(result.stopped).toBeUndefined();
    expect(result.records[1]?.cells).toHaveLength(40);
  });

  it('stops at a cell longer than the limit, naming its line and column, quoted or not', () => {
    const long = 'y'.repeat(2000);
    for (const cell of [long, `"${long}"`, `"${long.slice(0, 900)}""${long.slice(900)}"`]) {
      const result = read(`a,b\n1,2\n3,${cell}\n4,5\n`, [5, 50, 900], {
        limits: { ...LIMITS, maxCellBytes: 1000 },
      });
      expect(result.stopped).toEqual({ kind: 'cell-too-long', line: 3, column: 2 });
      expect(cellsOf(result)).toEqual([
        ['a', 'b'],
        ['1', '2'],
      ]);
    }
  });

  it('never hands on a record, header or cell beyond the limits, however the input is cut', () => {
    const limits: CsvLimits = { maxRecordBytes: 60, maxCells: 6, maxHeaderCells: 4, maxCellBytes: 12 };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'é', ',', '"', '\n', '\r', 'x'), { maxLength: 200 }),
        fc.array(fc.nat(400), { maxLength: 6 }),
        (chars, cuts) => {
          const text = chars.join('');
          const result = read(text, cuts, { limits });
          result.records.forEach((record, index) => {
            expect(record.cells.length).toBeLessThanOrEqual(index === 0 ? 4 : 6);
            for (const cell of record.cells)
              expect(new TextEncoder().encode(cell).length).toBeLessThanOrEqual(12);
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('stops when the sink says so', () => {
    const records: string[][] = [];
    const reader = createCsvReader(',', { record: (cells) => (records.push(cells), false) }, LIMITS);
    reader.push(new TextEncoder().encode('a,b\n1,2\n'));
    reader.end();
    expect(records).toEqual([['a', 'b']]);
  });

  it('reads semicolons and tabs when told to', () => {
    expect(cellsOf(read('a;b\n1;"2;3"', [], { delimiter: ';' }))).toEqual([
      ['a', 'b'],
      ['1', '2;3'],
    ]);
    expect(cellsOf(read('a\tb\n1\t2', [], { delimiter: '\t' }))).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom('', '"', '""', ',', '\n', '\r\n', '\r', 'a,b', 'say "hi"', 'x\ny'),
  );
  const table = fc
    .array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 })
    .map((rows) => {
      const width = rows[0]!.length;
      return rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
    });

  it('reads back exactly what a CSV writer wrote, whatever the cells and the line breaks', () => {
    fc.assert(
      fc.property(table, fc.constantFrom('\r\n', '\n', '\r'), (rows, newline) => {
        const text = Papa.unparse(rows, { newline, quotes: true });
        // A record of one empty cell reads as an empty line, which the audit skips anyway.
        const expected = rows.filter((row) => !(row.length === 1 && row[0] === ''));
        expect(cellsOf(read(text)).filter((row) => !(row.length === 1 && row[0] === ''))).toEqual(expected);
      }),
    );
  });

  it('reads the same records wherever the text is cut into chunks', () => {
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 6 }), (rows, rawCuts) => {
        const text = Papa.unparse(rows, { newline: '\r\n' });
        const cuts = rawCuts.map((cut) => cut % (text.length + 1));
        expect(read(text, cuts)).toEqual(read(text));
      }),
    );
  });

  it('gives each record the line it starts on, counting breaks inside quotes', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const text = Papa.unparse(rows, { newline: '\n', quotes: true });
        const result = read(text);
        let line = 1;
        result.records.forEach((record) => {
          expect(record.line).toBe(line);
          line += 1 + record.cells.reduce((sum, c) => sum + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
        });
      }),
    );
  });
});

describe('guessDelimiter', () => {
  it.each([
    ['a,b,c', ','],
    ['a;b;c', ';'],
    ['a\tb\tc', '\t'],
    ['"a;b",c', ','],
    ['username;full_name;follower_count', ';'],
    ['one', ','],
  ])('reads %j as delimited by %j', (line, delimiter) => {
    expect(guessDelimiter(new TextEncoder().encode(line))).toBe(delimiter);
  });
});
