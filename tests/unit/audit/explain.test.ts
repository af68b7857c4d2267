import { describe, expect, it } from 'vitest';
import { explainCorrection } from '../../../src/lib/audit/explain';
import { planAudit, type AuditPlatform } from '../../../src/lib/audit/plan';
import { errorRatesOf } from '../../../src/lib/calibration/rates';
import { correctedShare } from '../../../src/lib/stats/misclassification';

function explained(platform: AuditPlatform, flagged: number, scored: number) {
  const planned = planAudit({ handle: 0, followers: 1, following: 2, posts: 3 }, platform);
  if (!planned.ok) throw new Error(planned.problems.join());
  const estimate = correctedShare(flagged, scored, errorRatesOf(planned.plan.tier));
  return { text: explainCorrection(planned.plan, estimate), estimate };
}

describe('explainCorrection', () => {
  it('says what the rules flagged and which way the correction moved it', () => {
    // The rules miss some bought accounts, so a high flagged share is taken up...
    const high = explained('x', 700, 1000);
    expect(high.text.summary).toMatch(/^The rules flagged 70% of the profiles, taken up to \d+(\.\d+)?%/);
    expect(high.estimate.share).toBeGreaterThan(0.7);
    // ...and they flag some people, so a low one is taken down.
    const low = explained('x', 50, 1000);
    expect(low.text.summary).toMatch(/^The rules flagged 5% of the profiles, taken down to \d+(\.\d+)?%/);
    expect(low.estimate.share).toBeLessThan(0.05);
  });

  it('names where the error rates come from and gives them in words and figures', () => {
    const { text } = explained('x', 300, 1000);
    expect(text.rates).toMatch(/labelled X \(Twitter\) accounts from 2013/);
    expect(text.rates).toMatch(
      /catch about \d+ in \d+ bought accounts \(vendor FSF \d+(\.\d+)?%, vendor TWT/,
    );
    expect(text.rates).toMatch(/wrongly flag about \d+ in \d+ real people \(people \d+(\.\d+)?%\)/);
  });

  it('lists what the range allows for, vendors never seen among them', () => {
    const { text } = explained('instagram', 300, 1000);
    expect(text.rangeAllowsFor[0]).toBe('the size of this file: 1,000 profiles scored');
    expect(text.rangeAllowsFor.join(' ')).toMatch(/vendors the rules never met/);
    expect(text.uncalibrated).toBeUndefined();
  });

  it('calls a platform nobody labelled uncalibrated and points to the hand check', () => {
    const { text } = explained('other', 300, 1000);
    expect(text.uncalibrated).toMatch(/^Uncalibrated for this platform/);
    expect(text.uncalibrated).toMatch(/by hand/);
    expect(text.rangeAllowsFor.join(' ')).toMatch(/another platform/);
  });
});
