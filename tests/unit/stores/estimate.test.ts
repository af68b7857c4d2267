import { describe, expect, it } from 'vitest';
import { handCheckEstimate } from '../../../src/lib/estimator/hand/owner';
import {
  combineEstimates,
  estimatorResultLabel,
  keptForm,
  type LatestEstimate,
} from '../../../src/stores/estimate';
import { readKeptEstimate } from '../../../src/stores/kept-estimate';

const quick: LatestEstimate = { label: 'Quick check (Instagram)', followers: 2_400, engagementRate: 0.0117 };
const fakeShare = { share: 0.2, low: 0.13, high: 0.26, n: 60 };
const spot: LatestEstimate = { label: 'Spot-check of 60 followers', followers: 2_400, fakeShare };

describe('combineEstimates', () => {
  it('gathers what each mode knows about the same account', () => {
    const result = combineEstimates(combineEstimates(null, quick), spot);
    expect(result).toMatchObject({ followers: 2_400, engagementRate: 0.0117, fakeShare });
    expect(estimatorResultLabel(result)).toBe('Spot-check of 60 followers and quick check (Instagram)');
    expect(result.sources.fakeShare).toBe('Spot-check of 60 followers');
  });

  it('adds a fake share that came without a follower count', () => {
    const audit = { label: 'Sample audit of 400 profiles', fakeShare };
    const result = combineEstimates(combineEstimates(null, quick), audit);
    expect(result).toMatchObject({ followers: 2_400, engagementRate: 0.0117, fakeShare });
  });

  it('names a mode once, by its latest label, when it publishes again', () => {
    const again = { ...spot, label: 'Spot-check of 61 followers' };
    const result = combineEstimates(combineEstimates(null, spot), again);
    expect(estimatorResultLabel(result)).toBe('Spot-check of 61 followers');
  });

  it('starts afresh when the follower count says it is another account', () => {
    const result = combineEstimates(combineEstimates(null, spot), { ...quick, followers: 38_000 });
    expect(result.fakeShare).toBeUndefined();
    expect(result).toMatchObject({ followers: 38_000, engagementRate: 0.0117 });
    expect(estimatorResultLabel(result)).toBe('Quick check (Instagram)');
  });
});

describe('readKeptEstimate', () => {
  const audit = { label: 'Sample audit of 400 profiles', fakeShare };
  it('reads back every result the modes can combine, as the comparator offers it', () => {
    const results = [
      combineEstimates(null, quick),
      combineEstimates(null, audit),
      combineEstimates(combineEstimates(null, quick), spot),
      combineEstimates(combineEstimates(null, quick), audit),
    ];
    for (const result of results) expect(readKeptEstimate(JSON.stringify(keptForm(result)))).toEqual(result);
  });

  it('reads back a spot-check’s corrected estimate, keeping the figures the comparator uses', () => {
    // The corrected estimate carries how it was made (the raw tally, the assumed rates): those are not kept.
    const corrected = handCheckEstimate(1, 5);
    const result = combineEstimates(combineEstimates(null, quick), { ...spot, fakeShare: corrected });
    const kept = readKeptEstimate(JSON.stringify(keptForm(result)));
    expect(kept?.fakeShare).toEqual({
      share: corrected.share,
      low: corrected.low,
      high: corrected.high,
      n: 5,
    });
    expect(kept?.engagementRate).toBe(0.0117);
  });

  it.each([
    ['nothing kept', null],
    ['not JSON', '{'],
    ['a list', '[]'],
    ['a figure without the mode it came from', JSON.stringify({ followers: 10, sources: {} })],
    [
      'a mode named for a figure it lacks',
      JSON.stringify({ followers: 10, sources: { followers: 'a', fakeShare: 'b' } }),
    ],
    ['an unknown key', JSON.stringify({ ...combineEstimates(null, quick), html: '<b>' })],
    [
      'a range that does not hold its estimate',
      JSON.stringify(combineEstimates(null, { ...audit, fakeShare: { ...fakeShare, low: 0.5 } })),
    ],
    [
      'a share over 1',
      JSON.stringify(combineEstimates(null, { ...audit, fakeShare: { ...fakeShare, share: 2, high: 3 } })),
    ],
    ['followers of 0.5', JSON.stringify({ ...combineEstimates(null, quick), followers: 0.5 })],
    [
      'a label 10,000 characters long',
      JSON.stringify(combineEstimates(null, { ...quick, label: 'x'.repeat(10_000) })),
    ],
  ])('refuses %s', (_, text) => {
    expect(readKeptEstimate(text)).toBeNull();
  });
});
