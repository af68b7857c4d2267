import { describe, expect, it } from 'vitest';
import { explainCorrection, heldOutOf, narrowingText } from '../../../../src/lib/estimator/audit/explain';
import { planAudit, type AuditPlatform } from '../../../../src/lib/estimator/audit/plan';
import { errorRatesOf } from '../../../../src/lib/estimator/calibration/rates';
import { formatPercent } from '../../../../src/lib/numbers/format';
import { correctedShare } from '../../../../src/lib/stats/misclassification';

function explained(platform: AuditPlatform, flagged: number, scored: number) {
  const planned = planAudit({ handle: 0, followers: 1, following: 2, posts: 3 }, platform);
  if (!planned.ok) throw new Error(planned.problems.join());
  const estimate = correctedShare(flagged, scored, errorRatesOf(planned.plan.tier));
  return { text: explainCorrection(planned.plan, estimate), estimate, tier: planned.plan.tier };
}

describe('explainCorrection', () => {
  it('says what "likely range" means with the coverage measured with a whole study left out of the fit', () => {
    const { text, tier } = explained('x', 300, 1000);
    const held = heldOutOf(tier, 'dataSets')!;
    expect(text.meaning).toContain(formatPercent(held.coverage, 3));
    expect(text.meaning).toMatch(
      /^Likely range: with a whole study of labelled accounts left out of the fit/,
    );
  });

  it('says in plain words why the range is wide: how far the populations differ, and how a left-out one fared', () => {
    const { text } = explained('instagram', 300, 1000);
    expect(text.why).toMatch(/flagged \d+(\.\d+)?% to \d+(\.\d+)?% of real people and caught/);
    expect(text.why).toMatch(/flagged up to \d+(\.\d+)?% of its real people/);
    expect(text.why).toMatch(/far more of them could be fake than the rules flag/);
  });

  it('says nothing of width when the range is narrow', () => {
    expect(explained('x', 0, 1000).text.why).toBeUndefined();
  });

  it('says what the rules flagged and which way the correction moved the best guess', () => {
    const high = explained('x', 700, 1000);
    expect(high.text.summary).toMatch(/^The rules flagged 70% of the profiles, and the best guess is higher/);
    expect(high.estimate.share).toBeGreaterThan(0.7);
    const low = explained('x', 20, 1000);
    expect(low.text.summary).toMatch(/^The rules flagged 2% of the profiles, and the best guess is lower/);
  });

  it('names every population measured with its rate', () => {
    const { text } = explained('x', 300, 1000);
    for (const name of [
      'X people, 2013',
      'X verified people, 2019',
      'Instagram people, 2020',
      'X sellers, 2017-18',
    ])
      expect(text.rates).toContain(name);
  });

  it('lists what the range allows for: the file’s size, an unseen audience and an unseen seller', () => {
    const { text } = explained('instagram', 300, 1000);
    expect(text.rangeAllowsFor[0]).toBe('the size of this file: 1,000 profiles scored');
    expect(text.rangeAllowsFor.join(' ')).toMatch(/a seller never measured/);
    expect(text.uncalibrated).toBeUndefined();
  });

  it('says of a platform nobody labelled what its range assumes, and points to the hand check', () => {
    const { text } = explained('other', 300, 1000);
    expect(text.uncalibrated).toMatch(/^No labelled accounts from this platform/);
    expect(text.uncalibrated).toMatch(/by hand/);
  });
});

describe('narrowingText', () => {
  const projection = [
    { accounts: 20, width: 0.37 },
    { accounts: 40, width: 0.27 },
    { accounts: 80, width: 0.22 },
  ];

  it('says how wide 20, 40 and 80 accounts checked by hand would likely make the range', () => {
    expect(narrowingText(0.6, projection)).toBe(
      'To narrow it, check some of these followers by hand. For this file, 20 accounts would likely make the range about 37 percentage points wide, 40 about 27 and 80 about 22; it is 60 wide now.',
    );
  });

  it('promises only what would be narrower than the range already is', () => {
    expect(narrowingText(0.3, projection)).toBe(
      'To narrow it, check some of these followers by hand. For this file, 40 accounts would likely make the range about 27 percentage points wide, 80 about 22; it is 30 wide now.',
    );
    expect(narrowingText(0.1, projection)).toMatch(
      /^Checking accounts by hand would not make this range much narrower/,
    );
  });
});
