import { describe, expect, it } from 'vitest';
import { combineEstimates, estimatorResultLabel, type LatestEstimate } from '../../../src/stores/estimate';

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
