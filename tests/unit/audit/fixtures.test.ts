import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createAuditAccumulator } from '../../../src/lib/audit/summary';
import { detectColumns, mappingProblems } from '../../../src/lib/csv/columns';
import { lineBreaksIn } from '../../../src/lib/csv/lines';
import { createRowReader, EMPTY_ROW } from '../../../src/lib/csv/row';
import { scoredCsvHeader, scoredCsvRow } from '../../../src/lib/csv/scored-csv';
import { MIN_EVALUATED_WEIGHT, scoreProfile, TOO_FEW_VALUES } from '../../../src/lib/profiles/rules';

const NOW = new Date('2024-06-01T00:00:00Z');

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');
}

/** The whole Sample audit path, as the worker runs it: parse, detect, read, score, summarise, write. */
function audit(text: string) {
  const [header = [], ...records] = Papa.parse<string[]>(text).data;
  const { mapping, source } = detectColumns(header);
  const readRow = createRowReader(header, mapping);
  const accumulator = createAuditAccumulator();
  let scoredCsv = scoredCsvHeader(header);
  let line = 2 + lineBreaksIn(header);
  for (const cells of records) {
    const result = readRow(cells);
    if (result.ok) {
      const scored = scoreProfile(result.profile, NOW);
      if (scored.evaluatedWeight < MIN_EVALUATED_WEIGHT) accumulator.addSkipped(line, TOO_FEW_VALUES);
      else {
        accumulator.addScored(result.profile, scored, line);
        scoredCsv += scoredCsvRow(cells, scored);
      }
    } else if (result.reason !== EMPTY_ROW) accumulator.addSkipped(line, result.reason);
    line += 1 + lineBreaksIn(cells);
  }
  return { source, problems: mappingProblems(mapping), summary: accumulator.summary(), scoredCsv };
}

describe('a Twitter/X API v1.1 export (BOM, CRLF, a multi-line bio)', () => {
  const result = audit(fixture('twitter-v1.csv'));

  it('is recognised as Twitter with every column usable', () => {
    expect(result.source).toBe('twitter');
    expect(result.problems).toEqual([]);
  });

  it('scores every account into the hand-worked verdicts and bins', () => {
    const { rows, scored, counts, histogram, skipped } = result.summary;
    expect({ rows, scored, skipped }).toEqual({ rows: 7, scored: 7, skipped: 0 });
    expect(counts).toEqual({ 'likely-fake': 3, suspicious: 1, 'looks-real': 3 });
    expect(histogram).toEqual([2, 1, 0, 0, 0, 0, 0, 3, 0, 1]);
  });

  it('lists the suspicious accounts with their source lines, after the multi-line bio', () => {
    expect(
      result.summary.mostSuspicious.map(({ handle, line, score, verdict }) => [handle, line, score, verdict]),
    ).toEqual([
      ['wz83021745', 5, 94, 'likely-fake'],
      ['kx_deals_4411', 6, 79, 'likely-fake'],
      ['quietreader_liv', 7, 79, 'likely-fake'],
      ['harbour_dental_new', 8, 73, 'suspicious'],
    ]);
    expect(result.summary.mostSuspicious[0]!.reasons).toEqual([
      'Fewer than 30 followers',
      'Fewer than 50 posts',
      'Never put on a list',
      'Follows more than twice as many as follow it',
      'Account under 30 days old',
      'No posts at all',
      'Empty bio',
      'No profile photo',
    ]);
  });

  it('writes a scored CSV that reads back with the original cells and the scores', () => {
    const [header, ...rows] = Papa.parse<string[]>(result.scoredCsv, { skipEmptyLines: true }).data;
    expect(header!.slice(-3)).toEqual(['score', 'verdict', 'reasons']);
    expect(header![0]).toBe('id_str');
    expect(rows.map((r) => r.at(-3))).toEqual(['0', '16', '94', '79', '79', '73', '0']);
    expect(rows[1]![3]).toBe('Bike commuter.\nFixes wheels for friends.');
    expect(rows[6]![3]).toBe('Coffee, cake & "good" chats');
  });
});

describe('an Instagram export (semicolons, yes/no/1/0/NULL, "1.204" and "1.2k")', () => {
  const result = audit(fixture('instagram.csv'));

  it('is recognised as Instagram with every column usable', () => {
    expect(result.source).toBe('instagram');
    expect(result.problems).toEqual([]);
  });

  it('scores every account into the hand-worked verdicts and bins', () => {
    expect(result.summary.rows).toBe(6);
    expect(result.summary.counts).toEqual({ 'likely-fake': 2, suspicious: 1, 'looks-real': 3 });
    expect(result.summary.histogram).toEqual([2, 0, 1, 0, 0, 1, 0, 1, 0, 1]);
    expect(result.summary.mostSuspicious.map(({ handle, line, score }) => [handle, line, score])).toEqual([
      ['user88213904', 4, 100],
      ['glow.deals.4u', 5, 76],
      ['tomas_k', 6, 56],
    ]);
  });
});

describe('a file with bad rows', () => {
  const result = audit(fixture('bad-rows.csv'));

  it('scores the good rows and skips the others with plain reasons and their lines', () => {
    expect(result.summary.rows).toBe(9);
    expect(result.summary.scored).toBe(2);
    expect(result.summary.skippedExamples).toEqual([
      { line: 4, reason: 'followers_count is not a whole number (“abc”)' },
      { line: 5, reason: 'row has 3 cells but the header has 7' },
      { line: 7, reason: 'default_profile_image is not yes or no (“maybe”)' },
      { line: 8, reason: 'created_at is not a date (“10/10/2018”)' },
      { line: 9, reason: 'no usable values' },
      { line: 10, reason: 'followers_count is not a whole number (“-3”)' },
      { line: 11, reason: TOO_FEW_VALUES },
    ]);
  });

  it('defuses a bio written as a spreadsheet formula in the scored CSV', () => {
    expect(result.scoredCsv).toContain(`"'=HYPERLINK(""http://x.example"",""click"")",0,looks-real,\r\n`);
  });
});

describe('a file with no usable column', () => {
  it('maps nothing and says why no check can run', () => {
    const result = audit(fixture('no-usable-columns.csv'));
    expect(result.source).toBe('unknown');
    expect(result.problems).toHaveLength(1);
    expect(result.summary.scored).toBe(0);
  });
});
