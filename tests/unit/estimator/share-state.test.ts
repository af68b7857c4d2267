import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUICK_PLATFORMS } from '../../../src/lib/estimator/quick/quick-check';
import { encodeSharedView, type SharedView } from '../../../src/lib/estimator/share-link';
import { DAMAGED_LINK_NOTICE, parseSharedView } from '../../../src/lib/estimator/share-state';

const quick: SharedView = {
  mode: 'quick',
  platform: 'instagram',
  followers: 12000,
  likes: 240,
  comments: 12,
};
const spot: SharedView = { mode: 'spot', followers: 12000, checked: 60, fake: 9, unsure: 3 };

describe('parseSharedView', () => {
  it('treats an address without estimator settings as an ordinary visit', () => {
    expect(parseSharedView('')).toEqual({});
    expect(parseSharedView('?utm_source=newsletter&fbclid=abc')).toEqual({});
  });

  it.each([
    ['a quick check', quick],
    ['a spot-check result', spot],
  ])('reopens %s exactly as it was shared', (_, view) => {
    expect(parseSharedView(encodeSharedView(view))).toEqual({ view });
  });

  it('ignores parameters that platforms add to shared links', () => {
    expect(parseSharedView(`${encodeSharedView(quick)}&fbclid=IwAR0x&utm_medium=social`)).toEqual({
      view: quick,
    });
  });

  it('keeps averages with two decimals', () => {
    expect(parseSharedView('?mode=quick&platform=x&followers=900&likes=4.25&comments=0.5').view).toEqual({
      mode: 'quick',
      platform: 'x',
      followers: 900,
      likes: 4.25,
      comments: 0.5,
    });
  });

  it.each([
    ['an unknown mode', '?mode=deep'],
    ['a prototype name as mode', '?mode=constructor'],
    ['two modes', '?mode=quick&mode=spot&platform=x&followers=1&likes=0&comments=0'],
    ['an unknown platform', '?mode=quick&platform=myspace&followers=100&likes=1&comments=0'],
    ['a missing field', '?mode=quick&platform=x&followers=100&likes=1'],
    ['zero followers', '?mode=quick&platform=x&followers=0&likes=1&comments=0'],
    ['a negative count', '?mode=quick&platform=x&followers=-5&likes=1&comments=0'],
    ['an absurd follower count', '?mode=quick&platform=x&followers=99999999999&likes=1&comments=0'],
    ['scientific notation', '?mode=quick&platform=x&followers=1e6&likes=1&comments=0'],
    ['a repeated field', '?mode=quick&platform=x&followers=100&followers=200&likes=1&comments=0'],
    [
      'markup in a field',
      '?mode=quick&platform=x&followers=%3Cscript%3Ealert(1)%3C/script%3E&likes=1&comments=0',
    ],
    ['more answers than accounts checked', '?mode=spot&followers=500&checked=10&fake=8&unsure=5'],
    ['a sample bigger than the audience', '?mode=spot&followers=50&checked=60&fake=1&unsure=0'],
  ])('opens the defaults with a notice for %s', (_, search) => {
    expect(parseSharedView(search)).toEqual({ notice: DAMAGED_LINK_NOTICE });
  });

  it('never throws and only returns values inside their ranges, whatever the address', () => {
    const field = fc.constantFrom(
      'mode',
      'platform',
      'followers',
      'likes',
      'comments',
      'checked',
      'fake',
      'unsure',
    );
    const value = fc.oneof(fc.string(), fc.constantFrom('quick', 'spot', 'x'), fc.nat().map(String));
    const address = fc
      .array(fc.tuple(field, value), { maxLength: 8 })
      .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);
    fc.assert(
      fc.property(fc.oneof(address, fc.string()), (search) => {
        const { view } = parseSharedView(search);
        if (!view) return;
        expect(Number.isInteger(view.followers) && view.followers >= 1 && view.followers <= 1e9).toBe(true);
        if (view.mode === 'spot') {
          expect(view.fake + view.unsure).toBeLessThanOrEqual(view.checked);
          expect(view.checked).toBeLessThanOrEqual(view.followers);
        } else {
          expect(QUICK_PLATFORMS).toContain(view.platform);
          expect(Number.isFinite(view.likes) && view.likes >= 0).toBe(true);
          expect(Number.isFinite(view.comments) && view.comments >= 0).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every valid view it encodes', () => {
    const platform = fc.constantFrom(...QUICK_PLATFORMS);
    const average = fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100);
    const quickView = fc.record({
      mode: fc.constant('quick' as const),
      platform,
      followers: fc.integer({ min: 1, max: 1_000_000_000 }),
      likes: average,
      comments: average,
    });
    const spotView = fc
      .record({
        followers: fc.integer({ min: 1, max: 1_000_000_000 }),
        checked: fc.integer({ min: 1, max: 10_000 }),
        fake: fc.nat(),
        unsure: fc.nat(),
      })
      .map(({ followers, checked, fake, unsure }) => {
        const sample = Math.min(checked, followers);
        const fakeCount = fake % (sample + 1);
        return {
          mode: 'spot' as const,
          followers,
          checked: sample,
          fake: fakeCount,
          unsure: unsure % (sample - fakeCount + 1),
        };
      });
    fc.assert(
      fc.property(fc.oneof(quickView, spotView), (view) => {
        expect(parseSharedView(encodeSharedView(view))).toEqual({ view });
      }),
    );
  });
});
