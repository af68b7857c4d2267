import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseSpotProgress,
  sampleSizeChoices,
  scrollingPlan,
  serialiseSpotProgress,
  SPOT_DEFAULT_MARGIN,
  spotStep,
  spotTally,
  stopInstruction,
  systematicPositions,
  type SpotProgress,
} from '../../../../src/lib/estimator/hand/spot-check';

const progress: SpotProgress = {
  version: 1,
  followers: 2400,
  margin: 0.1,
  positions: [3, 118, 907, 2400],
  answers: { 3: 'real', 118: 'fake', 907: 'unsure' },
  signs: { 118: ['few-followers', 'few-posts'] },
};

describe('spotTally', () => {
  it('counts each kind of answer and the accounts answered', () => {
    expect(spotTally(progress)).toEqual({ answered: 3, real: 1, fake: 1, unsure: 1 });
  });

  it('starts at zero before any account is checked', () => {
    expect(spotTally({ answers: {} })).toEqual({ answered: 0, real: 0, fake: 0, unsure: 0 });
  });
});

describe('parseSpotProgress', () => {
  it('reads back what it saved', () => {
    expect(parseSpotProgress(serialiseSpotProgress(progress))).toEqual({ progress, corrupt: false });
  });

  it('treats nothing stored as a fresh start, not as damage', () => {
    expect(parseSpotProgress(undefined)).toEqual({ progress: null, corrupt: false });
    expect(parseSpotProgress(null)).toEqual({ progress: null, corrupt: false });
  });

  it('removes the stored entry when progress is cleared', () => {
    expect(serialiseSpotProgress(null)).toBeUndefined();
  });

  const damaged = (change: Record<string, unknown>) => JSON.stringify({ ...progress, ...change });
  it.each([
    ['text that is not JSON', '{"version":1,'],
    ['another version', damaged({ version: 2 })],
    ['an extra field', damaged({ extra: true })],
    ['a margin the tool does not offer', damaged({ margin: 0.2 })],
    ['positions out of order', damaged({ positions: [118, 3, 907, 2400] })],
    ['a repeated position', damaged({ positions: [3, 3, 907, 2400] })],
    ['a position beyond the follower count', damaged({ positions: [3, 118, 907, 2401] })],
    ['an answer for a position not sampled', damaged({ answers: { 5: 'real' } })],
    ['an unknown answer', damaged({ answers: { 3: 'maybe' } })],
    ['an unknown sign', damaged({ signs: { 3: ['bad-vibes'] } })],
    ['a sign ticked twice', damaged({ signs: { 3: ['few-posts', 'few-posts'] } })],
    [
      'a prototype key',
      '{"version":1,"followers":10,"margin":0.1,"positions":[1],"answers":{"__proto__":"real"},"signs":{}}',
    ],
    ['an array instead of an object', '[]'],
  ])('reports %s as corrupt so it can be reset', (_, raw) => {
    expect(parseSpotProgress(raw)).toEqual({ progress: null, corrupt: true });
  });

  it('never throws, and whatever it accepts is consistent', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
        ),
        (raw) => {
          const { progress: read } = parseSpotProgress(raw);
          if (!read) return;
          expect(read.positions.every((position) => position >= 1 && position <= read.followers)).toBe(true);
        },
      ),
    );
  });

  it('accepts any progress the tool can make', () => {
    const arbitrary = fc
      .uniqueArray(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 60 })
      .chain((positions) => {
        const sorted = [...positions].sort((a, b) => a - b);
        return fc.record({
          version: fc.constant(1 as const),
          followers: fc.integer({ min: sorted.at(-1)!, max: 1_000_000_000 }),
          margin: fc.constantFrom(0.05 as const, 0.1 as const, 0.15 as const),
          positions: fc.constant(sorted),
          answers: fc.dictionary(
            fc.constantFrom(...sorted.map(String)),
            fc.constantFrom('real' as const, 'fake' as const, 'unsure' as const),
          ),
          signs: fc.dictionary(
            fc.constantFrom(...sorted.map(String)),
            fc.uniqueArray(
              fc.constantFrom('few-followers' as const, 'few-posts' as const, 'new-account' as const),
            ),
          ),
        });
      });
    fc.assert(
      fc.property(arbitrary, (saved) => {
        const { progress: read, corrupt } = parseSpotProgress(JSON.stringify(saved));
        expect(corrupt).toBe(false);
        expect(JSON.stringify(read)).toBe(JSON.stringify(saved));
      }),
    );
  });
});

describe('sampleSizeChoices', () => {
  it('offers the quickest first, about 20 minutes, labelled with the time each really takes', () => {
    const choices = sampleSizeChoices(2_400);
    expect(choices.map(({ margin, size, label }) => ({ margin, size, label }))).toEqual([
      { margin: 0.15, size: 42, label: 'About 21 minutes: 42 followers' },
      { margin: 0.1, size: 93, label: 'About 47 minutes: 93 followers' },
      { margin: 0.05, size: 332, label: 'About 2 hours 45 minutes: 332 followers' },
    ]);
    expect(choices[0]!.margin).toBe(SPOT_DEFAULT_MARGIN);
  });

  it('keeps the default near 20 minutes for a large account too', () => {
    expect(sampleSizeChoices(38_000)[0]!.label).toBe('About 22 minutes: 43 followers');
  });

  it('says how wide the likely range can get, wider for the quicker sample', () => {
    const widths = sampleSizeChoices(2_400).map(({ precision }) =>
      Number(/^likely range up to about (\d+) points wide$/.exec(precision)?.[1]),
    );
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    // The range holds for an owner anywhere in the assumed error rates, so a 20-minute check of a half-fake
    // audience is about half the scale wide.
    expect(widths[0]).toBeGreaterThanOrEqual(40);
    expect(widths[0]).toBeLessThanOrEqual(55);
  });
});

describe('systematicPositions', () => {
  const fixed = (value: number) => (values: Uint32Array) => values.fill(value);

  it('takes every k-th follower from a start between 1 and k', () => {
    const positions = systematicPositions(2_400, 42, fixed(22));
    expect(spotStep(2_400, 42)).toBe(57);
    expect(positions).toHaveLength(42);
    expect(positions[0]).toBe(23);
    expect(positions[1]! - positions[0]!).toBe(57);
    expect(positions.at(-1)).toBeLessThanOrEqual(2_400);
  });

  it('stays inside the list and reads back as saved progress, whatever the start', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.nat(),
        fc.integer({ min: 1, max: 400 }),
        (followers, seed, wanted) => {
          const size = Math.min(wanted, followers);
          const positions = systematicPositions(followers, size, fixed(seed));
          const saved = serialiseSpotProgress({
            version: 1,
            followers,
            margin: 0.15,
            positions,
            answers: {},
            signs: {},
          });
          expect(parseSpotProgress(saved).progress?.positions).toEqual(positions);
        },
      ),
    );
  });
});

describe('scrollingPlan', () => {
  it('tells a 2,400-follower account to check every 57th follower, and what stopping early costs', () => {
    expect(scrollingPlan(2_400, 42)).toEqual({
      how: 'Follower lists have no way to jump to a number, so you pick by scrolling: check every 57th follower in the list, in the order the app shows them, starting from a number between 1 and 57 that the tool draws at random.',
      bias: 'The app decides that order, so every 57th follower covers all 2,400 only if you scroll to the end of the list; stop early and you have checked only the followers it shows first.',
    });
  });

  it('tells a 38,000-follower account to check every 883rd follower', () => {
    const plan = scrollingPlan(38_000, 43);
    expect(plan.how).toContain('check every 883rd follower in the list');
    expect(plan.how).toContain('between 1 and 883');
    expect(plan.bias).toBe(
      'The app decides that order, so every 883rd follower covers all 38,000 only if you scroll to the end of the list; stop early and you have checked only the followers it shows first.',
    );
  });

  it('checks every follower of a list no longer than the sample', () => {
    expect(scrollingPlan(30, 30).how).toContain('check every follower in the list');
  });
});

describe('stopInstruction', () => {
  it('counts the first stop from the top and each next one from the stop before', () => {
    expect(stopInstruction(23, undefined)).toBe(
      'Open the follower list and count 23 followers from the top: number 23 is your first stop.',
    );
    expect(stopInstruction(80, 23)).toBe('From number 23, scroll on and count 57 more, to number 80.');
  });
});
