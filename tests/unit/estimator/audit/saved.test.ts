import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_HAND_CHECK,
  nextBatch,
  type CheckedAccount,
} from '../../../../src/lib/estimator/hand/audit-check';
import { startAudit } from '../../../../src/lib/estimator/audit/run';
import {
  MAX_AUDIT_NOTES,
  holdsWork,
  noteFor,
  parseAuditNotes,
  withNote,
  type AuditNote,
} from '../../../../src/lib/estimator/audit/saved';
import { CSV_LIMITS } from '../../../../src/lib/csv/limits';
import { readCsvText } from '../../../../src/lib/csv/reader';
import { mulberry32 } from '../../../../src/lib/stats/seeded';

const roundTrip = (notes: unknown) => parseAuditNotes(JSON.parse(JSON.stringify(notes)));

const note = (name: string, answers: AuditNote['handCheck'] = undefined): AuditNote => ({
  file: { name, size: 1234 },
  platform: 'x',
  scored: 398,
  flagged: 120,
  followers: '',
  ...(answers ? { handCheck: answers } : {}),
});

const check = {
  accounts: [
    { handle: 'amira123', line: 2, group: 'flagged' as const },
    { handle: 'bakery_fan', line: 40, group: 'notFlagged' as const },
  ],
  answers: { 2: 'fake' as const, 40: 'unsure' as const },
};

describe('parseAuditNotes', () => {
  it('reads back exactly what the page stores, a hand check with its answers and a typed follower count', () => {
    const notes = [{ ...note('followers.csv', check), followers: '12.4k' }, note('other.csv')];
    expect(roundTrip(notes)).toEqual(notes);
  });

  it('reads back the accounts a real audit draws, with their names as listed', () => {
    const csv = readFileSync('public/samples/followers-example.csv', 'utf8');
    const [first, ...records] = readCsvText(csv, CSV_LIMITS).records;
    const header = first!.cells.map((cell) => cell.trim());
    const run = startAudit(header, { uniform: mulberry32(1) });
    if (!run.ok) throw new Error('the example file should be planned');
    for (const { cells, line, unclosedQuote } of records) run.addRecord(cells, line, unclosedQuote);
    const { summary, plan, estimate } = run.finish();
    const uniform = mulberry32(3);
    let accounts: CheckedAccount[] = [];
    for (let batch = 0; batch < 2; batch++)
      accounts = [
        ...accounts,
        ...nextBatch(summary.handCheckPool, summary, estimate!, accounts, {}, uniform),
      ];
    expect(accounts).toHaveLength(40);
    const stored: AuditNote = {
      file: { name: 'followers-example.csv', size: Buffer.byteLength(csv) },
      platform: plan.platform,
      scored: summary.scored,
      flagged: summary.flagged,
      followers: '',
      handCheck: { accounts, answers: { [accounts[0]!.line]: 'real', [accounts[39]!.line]: 'fake' } },
    };
    expect(roundTrip([stored])).toEqual([stored]);
  });

  it('ignores anything the page would not have written', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a stored copy, changed at will
    type Copy = Record<string, any>;
    const bad = (change: (copy: Copy) => void) => {
      const copy = JSON.parse(JSON.stringify([note('followers.csv', check)])) as Copy[];
      change(copy[0]!);
      return roundTrip(copy);
    };
    expect(bad((c) => (c['extra'] = 1))).toBeUndefined();
    expect(bad((c) => (c['platform'] = 'myspace'))).toBeUndefined();
    expect(bad((c) => (c['file'].name = ''))).toBeUndefined();
    expect(bad((c) => (c['file'].size = -1))).toBeUndefined();
    expect(bad((c) => (c['flagged'] = 399))).toBeUndefined();
    expect(bad((c) => (c['followers'] = '9'.repeat(201)))).toBeUndefined();
    expect(bad((c) => (c['handCheck'].answers['3'] = 'real'))).toBeUndefined();
    expect(bad((c) => (c['handCheck'].answers['2'] = 'yes'))).toBeUndefined();
    expect(bad((c) => (c['handCheck'].answers['02'] = 'real'))).toBeUndefined();
    expect(bad((c) => (c['handCheck'].accounts[1].line = 2))).toBeUndefined();
    expect(bad((c) => (c['handCheck'].accounts[0].group = 'bought'))).toBeUndefined();
    expect(bad((c) => (c['handCheck'].accounts[0].handle = '<b>'.repeat(30)))).toBeUndefined();
    expect(bad((c) => (c['handCheck'].accounts = []))).toBeUndefined();
    // More flagged accounts drawn than the audit flagged.
    expect(bad((c) => (c['flagged'] = 0))).toBeUndefined();
    expect(roundTrip({ notes: [] })).toBeUndefined();
    expect(roundTrip([note('a.csv'), note('a.csv')])).toBeUndefined();
    expect(
      roundTrip(Array.from({ length: MAX_AUDIT_NOTES + 1 }, (_, i) => note(`${i}.csv`))),
    ).toBeUndefined();
  });

  it('keeps a check of up to six batches, and nothing longer', () => {
    const many = (count: number): AuditNote => ({
      ...note('big.csv'),
      scored: 1000,
      flagged: 500,
      handCheck: {
        accounts: Array.from({ length: count }, (_, i) => ({
          handle: `a${i}`,
          line: i + 2,
          group: i % 2 ? ('flagged' as const) : ('notFlagged' as const),
        })),
        answers: { 2: 'real' },
      },
    });
    expect(roundTrip([many(MAX_HAND_CHECK)])).toEqual([many(MAX_HAND_CHECK)]);
    expect(roundTrip([many(MAX_HAND_CHECK + 1)])).toBeUndefined();
  });

  it('never throws, whatever JSON is stored', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = parseAuditNotes(value);
        expect(read === undefined || Array.isArray(read)).toBe(true);
      }),
    );
  });
});

describe('noteFor and withNote', () => {
  it('finds a note for the same file and counts, whatever platform it is scored as', () => {
    const saved = [note('followers.csv', check)];
    expect(noteFor(saved, note('followers.csv'))).toBe(saved[0]);
    expect(noteFor(saved, { ...note('followers.csv'), platform: 'instagram' })).toBe(saved[0]);
    expect(
      noteFor(saved, { ...note('followers.csv'), file: { name: 'followers.csv', size: 99 } }),
    ).toBeUndefined();
    expect(noteFor(saved, { ...note('followers.csv'), flagged: 121 })).toBeUndefined();
  });

  it('puts the latest note first, replaces the one for the same audit and keeps the newest few', () => {
    let notes: AuditNote[] = [];
    for (const name of ['a.csv', 'b.csv', 'c.csv', 'b.csv', 'd.csv']) notes = withNote(notes, note(name));
    expect(notes.map((n) => n.file.name)).toEqual(['d.csv', 'b.csv', 'c.csv']);
    const answered = withNote(notes, note('c.csv', check));
    expect(answered.map((n) => n.file.name)).toEqual(['c.csv', 'd.csv', 'b.csv']);
    expect(answered[0]!.handCheck).toEqual(check);
  });

  it('says whether a note holds work: a typed count or an answer, not a check started and left blank', () => {
    expect(holdsWork(note('a.csv'))).toBe(false);
    expect(holdsWork(note('a.csv', { accounts: check.accounts, answers: {} }))).toBe(false);
    expect(holdsWork(note('a.csv', check))).toBe(true);
    expect(holdsWork({ ...note('a.csv'), followers: '12k' })).toBe(true);
  });
});
