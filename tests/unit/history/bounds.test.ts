// What is saved comes back (issue 21): whatever the export reader and the summary can produce is kept in this
// browser exactly as the page keeps it (localDraft, JSON) and read back by the stored-state reader unchanged.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { zipBuffer } from '../../fixtures/zip-writer.mjs';
import { followDays, localDay } from '../../../src/lib/history/arrivals';
import { EARLIEST_FOLLOW, MAX_COUNTED } from '../../../src/lib/history/bounds';
import { compareExports, identityOf } from '../../../src/lib/history/compare';
import { HISTORY_PLATFORMS } from '../../../src/lib/history/formats';
import { readExport, type ExportReading } from '../../../src/lib/history/read-export';
import { savedHistory } from '../../../src/lib/history/saved';
import {
  BURST_LABELS,
  withAnswer,
  withComparison,
  withLabel,
  withSample,
  type HistoryState,
} from '../../../src/lib/history/state';
import { drawSample, summariseExport } from '../../../src/lib/history/summary';

/** A Storage in memory, as localStorage behaves. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

/** Saves `state` as the page does (savedHistory, as FollowerHistory.tsx), and reads it back as a reload does. */
function reloaded(state: HistoryState): HistoryState | undefined {
  const storage = memoryStorage();
  expect(savedHistory(() => storage).write(state)).toBe(true);
  return savedHistory(() => storage).read();
}

/** The check after reading `files`: a sample of all followers drawn and answered, the first burst labelled. */
async function checked(files: File[]): Promise<{ reading: ExportReading; state: HistoryState }> {
  const reading = await readExport(files);
  const summary = summariseExport(reading, files.map((file) => file.name).join(', '));
  return { reading, state: answered(reading, { summary, labels: {}, samples: [] }) };
}

function answered(reading: ExportReading, state: HistoryState): HistoryState {
  let next = withSample(state, { scope: { kind: 'all' }, ...drawSample(reading, { kind: 'all' }, 5) }, 0.1);
  if (next.samples.length > 0) next = withAnswer(next, 0, 1, 'fake');
  const [burst] = state.summary.bursts;
  if (burst) {
    const drawn = drawSample(reading, { kind: 'burst', start: burst.start, end: burst.end }, 3);
    next = withSample(next, { scope: { kind: 'burst', start: burst.start, end: burst.end }, ...drawn }, 0.05);
    next = withAnswer(withLabel(next, burst.start, 'unexplained'), next.samples.length - 1, 1, 'unsure');
  }
  return next;
}

const facebookFile = (
  followers: readonly { name: string; time: number }[],
  name = 'people_who_followed_you.json',
) =>
  new File(
    [
      JSON.stringify({
        followers_v3: followers.map((follower) => ({ name: follower.name, timestamp: follower.time / 1000 })),
      }),
    ],
    name,
  );

const xFile = (entries: string) =>
  new File([`window.YTD.follower.part0 = [${entries}{"follower":{"accountId":"7"}}]`], 'follower.js');

const zone = process.env['TZ'];
afterEach(() => {
  if (zone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zone;
});

describe('a follower history comes back after a reload', () => {
  it('with a follow dated 1 Jan 2006 at midnight UTC, read in New York time (31 Dec 2005 there)', async () => {
    process.env['TZ'] = 'America/New_York';
    const first = Date.UTC(2006, 0, 1);
    const { state } = await checked([
      facebookFile([
        { name: 'Early Bird', time: first },
        { name: 'Maple Knits', time: Date.UTC(2025, 5, 1, 12) },
      ]),
    ]);
    expect(state.summary.series!.firstDay).toBe(localDay(first));
    expect(state.samples[0]!.accounts.some((account) => account.day === localDay(first))).toBe(true);
    expect(reloaded(state)).toEqual(state);
  });

  it('from an export with more than 2,000,000 unreadable entries', async () => {
    const { state } = await checked([xFile('{},'.repeat(2_000_001))]);
    expect(state.summary.total).toBe(1);
    expect(state.summary.unreadable).toBe(MAX_COUNTED + 1);
    expect(state.samples[0]!.answers).toEqual({ 1: 'fake' });
    expect(reloaded(state)).toEqual(state);
  }, 30_000);

  it('from an export with more than 2,000,000 repeats of one follower', async () => {
    const { state } = await checked([xFile('{"follower":{"accountId":"7"}},'.repeat(2_000_001))]);
    expect(state.summary.total).toBe(1);
    expect(state.summary.duplicates).toBe(MAX_COUNTED + 1);
    expect(reloaded(state)).toEqual(state);
  }, 60_000);
});

const ZONES = ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu'];
const DAY = 86_400_000;

/** A follower as a generated Facebook export lists it. */
const follower = fc.record({
  // Blank, far too long, control characters, surrogates: all a file can hold.
  name: fc.oneof(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.string({ unit: 'binary', minLength: 90, maxLength: 110 }),
    fc.constantFrom(' ', 'Alice\u0000Smith', 'x'.repeat(100), 'x'.repeat(101)),
  ),
  time: fc.oneof(
    fc.integer({ min: EARLIEST_FOLLOW - 3 * DAY, max: Date.now() + 3 * DAY }),
    fc.constantFrom(EARLIEST_FOLLOW, EARLIEST_FOLLOW - 1_000, Date.now(), Date.now() + 2 * DAY - 1_000),
  ),
});

/** A day's burst: many followers within hours of one moment. */
const burst = fc.record({
  time: fc.integer({ min: EARLIEST_FOLLOW, max: Date.now() }),
  count: fc.integer({ min: 15, max: 60 }),
});

const history = fc.record({
  zone: fc.constantFrom(...ZONES),
  followers: fc.array(follower, { maxLength: 120 }),
  bursts: fc.array(burst, { maxLength: 12 }),
  repeats: fc.nat({ max: 20 }),
  refusedNames: fc.nat({ max: 3 }),
  account: fc.stringMatching(/^[a-z0-9._]{1,60}$/),
  tail: fc.string({ maxLength: 300 }),
  left: fc.double({ min: 0, max: 1, noNaN: true }),
});

/** The ZIP an owner downloads, of these followers, named as Facebook names its downloads. */
function facebookZip(
  followers: readonly { name: string; time: number }[],
  account: string,
  day: string,
  tail: string,
  refusedNames: number,
): File {
  const list = JSON.stringify({
    followers_v3: followers.map(({ name, time }) => ({ name, timestamp: time / 1000 })),
  });
  const refused = Array.from({ length: refusedNames }, (_, i) => [
    { name: `../escape-${i}.txt`, data: 'x' },
    { name: `nul-${i}\u0000.json`, data: 'x' },
  ]).flat();
  const entries = [{ name: 'connections/followers/people_who_followed_you.json', data: list }, ...refused];
  return new File([zipBuffer(entries)], `facebook-${account}-${day}-${tail}.zip`);
}

describe('any history the export reader and the summary can produce', () => {
  it('comes back from storage as it was saved, in any time zone', async () => {
    await fc.assert(
      fc.asyncProperty(history, async (drawn) => {
        process.env['TZ'] = drawn.zone;
        const followers = [
          ...drawn.followers,
          ...drawn.bursts.flatMap(({ time, count }) =>
            Array.from({ length: count }, (_, i) => ({
              name: `burst ${time} ${i}`,
              time: time + i * 60_000,
            })),
          ),
        ];
        followers.push(...followers.slice(0, drawn.repeats));
        const file = facebookZip(followers, drawn.account, '2026-06-13', drawn.tail, drawn.refusedNames);
        let reading: ExportReading;
        try {
          reading = await readExport([file]);
        } catch {
          return; // No follower could be read: a message, and nothing saved.
        }
        const summary = summariseExport(reading, file.name);
        let state = answered(reading, { summary, labels: {}, samples: [] });
        summary.bursts.forEach((burst, i) => {
          state = withLabel(state, burst.start, BURST_LABELS[i % BURST_LABELS.length]!.id);
        });
        // An earlier download of the same account, missing some of today's followers, compared with it.
        const kept = followers.slice(Math.floor(followers.length * drawn.left));
        const earlierFile = facebookZip(kept, drawn.account, '2025-01-02', '', 0);
        const earlier = await readExport([earlierFile]).catch(() => undefined);
        if (earlier) {
          const earlierSummary = summariseExport(earlier, earlierFile.name);
          const compared = compareExports(
            {
              label: summary.label,
              identity: identityOf([file.name], reading),
              reading,
              bursts: summary.bursts,
            },
            {
              label: earlierSummary.label,
              identity: identityOf([earlierFile.name], earlier),
              reading: earlier,
              bursts: earlierSummary.bursts,
            },
          );
          if (compared.ok) state = withComparison(state, compared.comparison);
        }
        expect(reloaded(state)).toEqual(state);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('comes back with its counts at and past the limit, the most bursts and the longest names', () => {
    const count = fc.oneof(
      fc.nat({ max: MAX_COUNTED + 1 }),
      fc.constantFrom(0, 1, MAX_COUNTED, MAX_COUNTED + 1),
    );
    const reading = fc.record({
      zone: fc.constantFrom(...ZONES),
      // Nine to eleven bursts on quiet days, more than the summary keeps, at the ends of the history's days too.
      burstDays: fc.subarray(
        Array.from({ length: 11 }, (_, i) => i * 60),
        { minLength: 9 },
      ),
      start: fc.constantFrom(EARLIEST_FOLLOW, Date.now() - 620 * DAY),
      counts: fc.record({
        unreadable: count,
        undatable: count,
        futureDates: count,
        earlyDates: count,
        duplicates: count,
        unsafeNames: count,
        nulNames: count,
      }),
      following: fc.option(count, { nil: undefined }),
      label: fc.string({ unit: 'binary', maxLength: 400 }),
      guessedList: fc.option(fc.string({ unit: 'binary', maxLength: 200 }), { nil: undefined }),
      read: fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { minLength: 1, maxLength: 30 }),
      parts: fc.option(
        fc.record({
          missing: fc.uniqueArray(fc.integer({ min: 1, max: 9_999 }), { maxLength: 20 }),
          lastFull: fc.boolean(),
        }),
        { nil: undefined },
      ),
      otherPlatforms: fc.subarray([...HISTORY_PLATFORMS]),
    });
    fc.assert(
      fc.property(reading, (drawn) => {
        process.env['TZ'] = drawn.zone;
        const times: number[] = [];
        for (let day = 0; day <= 620; day++) times.push(drawn.start + day * DAY + 43_200_000);
        for (const day of drawn.burstDays)
          for (let i = 0; i < 40; i++) times.push(drawn.start + day * DAY + 43_200_000 + i * 1_000);
        const followTimes = Float64Array.from(times);
        const generated: ExportReading = {
          platform: 'tiktok',
          formats: ['txt'],
          read: drawn.read,
          followers: {
            names: times.map((_, i) => `${'n'.repeat(90)}${i}`.slice(-100)),
            times: followTimes,
            days: followDays(followTimes),
          },
          following: drawn.following,
          ...drawn.counts,
          otherPlatforms: drawn.otherPlatforms,
          guessedList: drawn.guessedList,
          parts: drawn.parts,
        };
        const summary = summariseExport(generated, drawn.label);
        expect(summary.bursts.length).toBe(8);
        const state = answered(generated, { summary, labels: {}, samples: [] });
        expect(reloaded(state)).toEqual(state);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
