import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseSpotProgress,
  serialiseSpotProgress,
  spotTally,
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
