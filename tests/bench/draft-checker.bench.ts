// npx vitest bench --run tests/bench/draft-checker.bench.ts
// The draft checker runs on every keystroke, so a 5,000-character draft must check in well under 5 ms.
import { describe, expect, test } from 'vitest';
import { checkDraft } from '../../src/lib/draft';

const PARAGRAPHS = [
  'Cardamom buns are back this Saturday, £2.80 each. Order by Friday 4pm for collection, or pop in from 8am.',
  "We've switched to a 36-hour sourdough: it keeps for a week and toasts beautifully. Tag a friend who needs it!",
  'HUGE SALE THIS WEEKEND!!! 🎉🎉🎉 Everything in the window is half price while stocks last.',
  'Menu and allergens at https://crumb.example.com/menu#allergens, or ask at the counter.',
  'مخبزنا مفتوح يوم السبت من الساعة ٨ صباحاً. 新しいメロンパンが焼き上がりました。',
  'Exclusive to our Instagram followers: 20% off celebration cakes with code CAKE20. #bakery #leeds #cake',
];

function draftOf(length: number): string {
  let draft = '';
  for (let i = 0; draft.length < length; i++) draft += `${PARAGRAPHS[i % PARAGRAPHS.length]}\n\n`;
  return draft.slice(0, length);
}

const DRAFTS = [
  ['280-character X post', draftOf(280), 'x'],
  ['2,200-character Instagram caption', draftOf(2_200), 'instagram'],
  ['5,000-character Facebook post', draftOf(5_000), 'facebook'],
] as const;

describe('checkDraft', () => {
  test.for(DRAFTS)('checks a %s in well under 5 ms', async ([name, draft, platform], { bench }) => {
    const result = await bench(name, () => {
      checkDraft(draft, platform);
    }).run();
    expect(result.latency.p99).toBeLessThan(5);
  });
});
