import { describe, expect, it } from 'vitest';
import { checkDraft, MAX_DRAFT_LENGTH } from '../../../src/lib/draft';
import type { Platform } from '../../../src/lib/platforms';

const PROBLEM_IDS = [
  'vote-baiting',
  'tag-baiting',
  'share-baiting',
  'comment-baiting',
  'react-baiting',
  'clickbait-withholding',
  'clickbait-exaggeration',
  'exclusive-offer',
  'hashtags-over-limit',
  'hashtags-too-many',
  'shouting-capitals',
  'shouting-exclamations',
  'emoji-run',
  'link-only',
  'repost-no-value',
  'no-value',
  'length-over-limit',
  'markup-literal',
  'draft-truncated',
];

interface Row {
  name: string;
  platform: Platform;
  draft: string;
  present: string[];
  absent: string[];
}

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i % 10}`).join(' ');

const ROWS: Row[] = [
  // Engagement bait, Meta's five types.
  {
    name: 'flags "LIKE this if you\'re an Aries" as react-baiting',
    platform: 'facebook',
    draft: "LIKE this if you're an Aries! Our star-sign biscuits are back 🍪",
    present: ['react-baiting'],
    absent: ['shouting-capitals'],
  },
  {
    name: 'flags "Like if you love…" as react-baiting',
    platform: 'facebook',
    draft: 'Like if you love a Friday flapjack as much as we do 👍',
    present: ['react-baiting'],
    absent: [],
  },
  {
    name: 'flags "Double tap if…" as react-baiting',
    platform: 'instagram',
    draft: "Double tap if you'd pick the lemon drizzle over the carrot cake 🍋",
    present: ['react-baiting'],
    absent: [],
  },
  {
    name: 'flags a heart emoji "if you remember" as react-baiting',
    platform: 'facebook',
    draft: '❤️ if you remember when this shop sold penny sweets!',
    present: ['react-baiting'],
    absent: [],
  },
  {
    name: 'flags "Tag a friend who…" as tag-baiting',
    platform: 'facebook',
    draft: 'Tag a friend who owes you a coffee ☕ We are open until 5pm.',
    present: ['tag-baiting'],
    absent: ['share-baiting'],
  },
  {
    name: 'flags "Tag 3 friends to win" as tag-baiting',
    platform: 'instagram',
    draft: 'Giveaway! Tag 3 friends and follow us to win a full bike service worth £45.',
    present: ['tag-baiting'],
    absent: ['share-baiting'],
  },
  {
    name: 'flags "Share with 5 friends to win" as share-baiting',
    platform: 'facebook',
    draft: 'Share with 5 friends to win a free haircut at the salon!',
    present: ['share-baiting'],
    absent: [],
  },
  {
    name: 'flags "Like and share!" as share-baiting',
    platform: 'facebook',
    draft: 'Like and share! New pastries in the window every morning from 8am.',
    present: ['share-baiting'],
    absent: [],
  },
  {
    name: 'flags "Comment \'YES\' if…" as comment-baiting',
    platform: 'facebook',
    draft: "Comment 'YES' if you want our Christmas menu before anyone else.",
    present: ['comment-baiting'],
    absent: [],
  },
  {
    name: 'flags "Type LINK below" as comment-baiting',
    platform: 'instagram',
    draft: "Type LINK below and we'll send you the price list for wedding flowers.",
    present: ['comment-baiting'],
    absent: [],
  },
  {
    name: 'flags "Drop a 🔥 in the comments" as comment-baiting',
    platform: 'facebook',
    draft: "Drop a 🔥 in the comments if you'd try a chilli chocolate brownie.",
    present: ['comment-baiting'],
    absent: [],
  },
  {
    name: 'flags reactions used as a poll as vote-baiting, not also react-baiting',
    platform: 'facebook',
    draft: 'Which cake goes in the window? ❤️ for carrot, 😮 for red velvet.',
    present: ['vote-baiting'],
    absent: ['react-baiting', 'comment-baiting'],
  },
  {
    name: 'flags "Vote by reacting" as vote-baiting',
    platform: 'facebook',
    draft: 'Vote by reacting: 👍 sourdough, ❤️ focaccia. The winner is on offer next week.',
    present: ['vote-baiting'],
    absent: [],
  },
  {
    name: 'flags "Comment 1 for… or 2 for…" as vote-baiting, not also comment-baiting',
    platform: 'facebook',
    draft: 'Comment 1 for lemon or 2 for chocolate and we will bake the winner on Saturday.',
    present: ['vote-baiting'],
    absent: ['comment-baiting'],
  },
  {
    name: 'flags "Vote in the comments" as vote-baiting',
    platform: 'linkedin',
    draft: 'Vote in the comments: should our dental practice open on Saturday mornings?',
    present: ['vote-baiting'],
    absent: ['comment-baiting'],
  },
  // Meta's exemptions and the line for genuine questions.
  {
    name: 'lets a request for recommendations ask people to tag someone',
    platform: 'facebook',
    draft: 'Can anyone recommend a good electrician? Our oven socket has given up. Tag anyone you trust!',
    present: [],
    absent: PROBLEM_IDS,
  },
  {
    name: 'lets a missing-dog appeal ask people to share',
    platform: 'facebook',
    draft:
      "Please share: our neighbour's dog Bramble has been missing near Elm Park since Tuesday. Call 01632 960123 if you see her.",
    present: [],
    absent: PROBLEM_IDS,
  },
  {
    name: 'lets a fundraiser ask people to share',
    platform: 'facebook',
    draft:
      "We're raising money for St Clare's Hospice with a bake sale this Saturday, 10am to 2pm. Please share!",
    present: [],
    absent: PROBLEM_IDS,
  },
  {
    name: 'lets a job vacancy ask people to share',
    platform: 'facebook',
    draft: "We're hiring a Saturday barista. Please share with anyone who might be interested.",
    present: [],
    absent: ['share-baiting'],
  },
  {
    name: 'flags a share request tied to a prize draw even for a good cause',
    platform: 'facebook',
    draft: 'Raffle for the hospice! Share this post to be entered into the prize draw.',
    present: ['share-baiting'],
    absent: [],
  },
  {
    name: 'leaves a genuine question with "tell us in the comments" alone',
    platform: 'facebook',
    draft:
      "What flavour should we bake for Saturday's market? Tell us in the comments and we'll bake the favourite.",
    present: [],
    absent: PROBLEM_IDS,
  },
  {
    name: 'leaves "comment below with your favourite" alone',
    platform: 'instagram',
    draft: "Comment below with your favourite bake and we'll feature it next week 👇",
    present: [],
    absent: ['comment-baiting', 'vote-baiting'],
  },
  {
    name: 'leaves "share your photos with us" alone',
    platform: 'instagram',
    draft: 'Share your photos with us from the Sunday ride, we love seeing where you go.',
    present: [],
    absent: ['share-baiting'],
  },
  {
    name: 'leaves "tag us in your photos" alone',
    platform: 'instagram',
    draft: 'Tag us in your ride photos and we may feature them in the shop window.',
    present: [],
    absent: ['tag-baiting'],
  },
  {
    name: 'leaves "leave a 5-star review" and "type our name into Maps" alone',
    platform: 'facebook',
    draft:
      "Type 'Crumb and Co' into Google Maps to find us, and leave a 5-star review if you enjoyed your visit.",
    present: [],
    absent: ['comment-baiting', 'react-baiting'],
  },
  {
    name: 'leaves a price list ("1 for £2.50 or 4 for £9") alone',
    platform: 'instagram',
    draft: 'Cupcakes: 1 for £2.50 or 4 for £9, this Saturday only.',
    present: ['good-concrete-detail'],
    absent: PROBLEM_IDS,
  },
  {
    name: 'leaves emoji used as bullets ("🎂 for birthdays, 💍 for weddings") alone',
    platform: 'instagram',
    draft: '🎂 for birthdays, 💍 for weddings: we bake both, order 2 weeks ahead.',
    present: [],
    absent: PROBLEM_IDS,
  },
  {
    name: 'leaves "give us a call if…" and "drop in" alone',
    platform: 'facebook',
    draft: 'Give us a call if you need a last-minute cake, or drop in before 4pm.',
    present: ['good-next-step'],
    absent: PROBLEM_IDS,
  },
  {
    name: 'leaves "vote for us in the awards, link in the comments" alone',
    platform: 'facebook',
    draft: 'Vote for us in the Best Local Business awards, link in the comments.',
    present: [],
    absent: ['vote-baiting', 'comment-baiting'],
  },
  {
    name: 'flags "Comment with an emoji that…" as comment-baiting',
    platform: 'facebook',
    draft: 'Comment with an emoji that describes your Monday 😂',
    present: ['comment-baiting'],
    absent: [],
  },
  {
    name: 'does not lift bait in a post that only says "missing out"',
    platform: 'facebook',
    draft: "You're missing out! Like if you agree that our pies are the town's finest.",
    present: ['react-baiting'],
    absent: [],
  },
  // Clickbait.
  {
    name: 'flags "You won\'t believe…" as withholding clickbait',
    platform: 'facebook',
    draft: "You won't believe what we found in this morning's flour delivery...",
    present: ['clickbait-withholding'],
    absent: [],
  },
  {
    name: 'flags "This one trick…" as withholding clickbait',
    platform: 'facebook',
    draft: 'This one trick keeps your bike chain quiet all winter. Find out at our workshop.',
    present: ['clickbait-withholding'],
    absent: [],
  },
  {
    name: 'flags "…will shock you" as withholding clickbait',
    platform: 'instagram',
    draft: 'The result of our new hair gloss treatment will shock you',
    present: ['clickbait-withholding'],
    absent: [],
  },
  {
    name: 'flags "best ever" and "life-changing" as exaggeration',
    platform: 'instagram',
    draft: 'The best brownies ever. Life-changing, honestly, and still warm from the oven.',
    present: ['clickbait-exaggeration'],
    absent: ['clickbait-withholding'],
  },
  {
    name: 'leaves "what happens next is up to you" alone',
    platform: 'facebook',
    draft: 'What happens next at the bakery is up to you: fill in our short survey at crumb.example.com',
    present: [],
    absent: ['clickbait-withholding'],
  },
  {
    name: 'leaves "best day ever" alone, since it is a feeling, not a claim',
    platform: 'instagram',
    draft: 'Best day ever at the Sunday market, thank you all for coming!',
    present: [],
    absent: ['clickbait-exaggeration'],
  },
  // Hashtags.
  {
    name: 'flags three hashtags on X, which advises two at most',
    platform: 'x',
    draft: 'New loaves out of the oven at 8am, still warm. #bakery #sourdough #bread',
    present: ['hashtags-too-many'],
    absent: ['hashtags-over-limit'],
  },
  {
    name: 'flags six hashtags on Instagram, over its limit of five',
    platform: 'instagram',
    draft: 'Autumn wreaths are in, from £25. #florist #wreath #autumn #flowers #handmade #shoplocal',
    present: ['hashtags-over-limit'],
    absent: ['hashtags-too-many'],
  },
  {
    name: 'accepts five hashtags on Instagram',
    platform: 'instagram',
    draft: 'Autumn wreaths are in, from £25. #florist #wreath #autumn #flowers #handmade',
    present: [],
    absent: ['hashtags-over-limit', 'hashtags-too-many'],
  },
  {
    name: 'does not count "#1" or the "#" of a link as hashtags',
    platform: 'x',
    draft: "We're #1 in town for puncture repairs: https://bikes.example.com/#prices #cycling",
    present: [],
    absent: ['hashtags-too-many'],
  },
  // Shouting.
  {
    name: 'flags a run of capitals as shouting',
    platform: 'facebook',
    draft: 'HUGE SALE THIS WEEKEND ONLY at the bike shop on Mill Road',
    present: ['shouting-capitals'],
    absent: [],
  },
  {
    name: 'lets short acronyms like MOT, DIY and UK through',
    platform: 'facebook',
    draft: 'Book your MOT and a DIY bike check at our UK workshop: £30 on Saturday at 9am.',
    present: [],
    absent: PROBLEM_IDS,
  },
  {
    name: 'flags three exclamation marks in a row',
    platform: 'facebook',
    draft: 'Open today!!! Come and see the new cake counter',
    present: ['shouting-exclamations'],
    absent: [],
  },
  {
    name: 'flags a row of emoji',
    platform: 'instagram',
    draft: 'New cupcakes 🧁🧁🧁🎉🎉 in the window from 9am',
    present: ['emoji-run'],
    absent: [],
  },
  // Posts with nothing in them.
  {
    name: 'flags a bare link',
    platform: 'facebook',
    draft: 'https://crumbandco.example.com/menu',
    present: ['link-only'],
    absent: ['no-value'],
  },
  {
    name: 'flags a link with only emoji and hashtags around it',
    platform: 'instagram',
    draft: '👉 https://crumbandco.co.uk 🔥 #bakery #bread',
    present: ['link-only'],
    absent: [],
  },
  {
    name: 'flags "Check this out" and a link',
    platform: 'facebook',
    draft: 'Check this out! https://bikes.example.com',
    present: ['link-only'],
    absent: [],
  },
  {
    name: 'flags a retweet with nothing added, not as a bare link',
    platform: 'x',
    draft: 'RT @townbakery https://t.co/abc123',
    present: ['repost-no-value'],
    absent: ['link-only', 'no-value'],
  },
  {
    name: 'flags "Happy Monday!" as giving nothing to act on',
    platform: 'facebook',
    draft: 'Happy Monday!',
    present: ['no-value'],
    absent: ['link-only'],
  },
  {
    name: 'flags a post of only emoji, calmly, as no value and a row of emoji',
    platform: 'facebook',
    draft: '🎉🎉🎉',
    present: ['no-value', 'emoji-run'],
    absent: ['shouting-capitals'],
  },
  {
    name: 'treats "Closed today" as useful news, not an empty post',
    platform: 'facebook',
    draft: 'Closed today',
    present: ['good-concrete-detail'],
    absent: ['no-value'],
  },
  // Length.
  {
    name: 'flags a post over 280 characters on X',
    platform: 'x',
    draft: words(60),
    present: ['length-over-limit'],
    absent: [],
  },
  {
    name: 'counts a long link as 23 characters on X',
    platform: 'x',
    draft: `${words(40)} https://www.example.com/${'very-long-path/'.repeat(8)}`,
    present: [],
    absent: ['length-over-limit'],
  },
  {
    name: 'flags a caption over 2,200 characters on Instagram',
    platform: 'instagram',
    draft: words(400),
    present: ['length-over-limit'],
    absent: [],
  },
  {
    name: 'lets the same caption through on Facebook',
    platform: 'facebook',
    draft: words(400),
    present: [],
    absent: ['length-over-limit'],
  },
  // Exclusive offers.
  {
    name: 'flags a followers-only offer that says nothing for other customers',
    platform: 'instagram',
    draft: 'Exclusive to our Instagram followers: 20% off all cakes this weekend with code CAKE20.',
    present: ['exclusive-offer'],
    absent: [],
  },
  {
    name: 'accepts a followers offer that is open to anyone who asks',
    platform: 'instagram',
    draft:
      'Followers get 10% off bike servicing this week. Same deal for anyone who asks in the shop or reads our newsletter.',
    present: [],
    absent: ['exclusive-offer'],
  },
  // Text is only text.
  {
    name: 'flags HTML tags that would show as typed',
    platform: 'linkedin',
    draft: '<b>New</b> opening hours from Monday: 8am to 6pm, late nights on Thursday.',
    present: ['markup-literal'],
    absent: [],
  },
  {
    name: 'treats a script tag as plain characters',
    platform: 'facebook',
    draft: "<script>alert('hi')</script> We're open late on Thursday until 8pm.",
    present: ['markup-literal'],
    absent: ['no-value'],
  },
  // Good posts from small businesses: no problems at all.
  {
    name: 'finds no problems in a bakery post with a price and an order deadline',
    platform: 'facebook',
    draft:
      'Cardamom buns are back this Saturday, £2.80 each. Order by Friday 4pm for collection, or pop in from 8am.',
    present: ['good-concrete-detail', 'good-next-step'],
    absent: PROBLEM_IDS,
  },
  {
    name: 'finds no problems in a bike shop post with a time and two hashtags',
    platform: 'instagram',
    draft:
      "Free puncture clinic this Sunday, 10am to 1pm. Bring your bike and we'll show you how to fix a flat in 10 minutes. #cycling #bikerepair",
    present: ['good-concrete-detail'],
    absent: PROBLEM_IDS,
  },
  {
    name: 'finds no problems in a dentist post with a booking link and a phone number',
    platform: 'linkedin',
    draft:
      'Our new hygienist, Priya, starts on Monday. Early and late appointments suit people who work 9 to 5. Book online at smileworks.co.uk or call 01632 960456.',
    present: ['good-concrete-detail', 'good-next-step'],
    absent: PROBLEM_IDS,
  },
  {
    name: 'finds no problems in a salon post about two cancellations',
    platform: 'x',
    draft:
      'Two cancellations tomorrow: 11am cut and blow-dry, 3pm colour. Call 01632 960789 to grab one. #Leeds',
    present: ['good-concrete-detail', 'good-next-step'],
    absent: PROBLEM_IDS,
  },
  {
    name: 'finds no problems in a café post with a recipe and opening hours',
    platform: 'tiktok',
    draft:
      'How we make our oat flat white: a double shot, 180ml of oat milk, steamed to 60°C. £3.40 at the counter, open 7:30am to 4pm on weekdays.',
    present: ['good-concrete-detail'],
    absent: PROBLEM_IDS,
  },
  {
    name: 'finds no problems in a florist post with a price and an order link',
    platform: 'facebook',
    draft:
      "Mother's Day bouquets: seasonal tulips and eucalyptus, £35, delivered free within 3 miles. Order by Thursday 5pm at bloom.example.com",
    present: ['good-concrete-detail', 'good-next-step'],
    absent: PROBLEM_IDS,
  },
  {
    name: 'finds no problems in a garage post with a link and context',
    platform: 'linkedin',
    draft:
      'We have written up what a winter service covers and why it saves you a breakdown: garage.example.com/winter',
    present: ['good-next-step'],
    absent: PROBLEM_IDS,
  },
  // Other scripts.
  {
    name: 'finds no problems in an Arabic post',
    platform: 'facebook',
    draft: 'مخبزنا مفتوح يوم السبت من الساعة ٨ صباحاً. خبز طازج كل يوم.',
    present: [],
    absent: PROBLEM_IDS,
  },
  {
    name: 'finds no problems in a Japanese post',
    platform: 'instagram',
    draft: '新しいメロンパンが焼き上がりました。土曜日の朝8時から販売します。',
    present: [],
    absent: PROBLEM_IDS,
  },
  {
    name: 'finds no problems in a post mixing Hebrew and English',
    platform: 'facebook',
    draft: 'המאפייה שלנו פתוחה. Fresh challah every Friday from 7am, ₪18 a loaf.',
    present: ['good-concrete-detail'],
    absent: PROBLEM_IDS,
  },
  {
    name: 'flags Greek in capitals as shouting, since Greek has case',
    platform: 'facebook',
    draft: 'ΜΕΓΑΛΕΣ ΕΚΠΤΩΣΕΙΣ ΣΗΜΕΡΑ στο κατάστημα',
    present: ['shouting-capitals'],
    absent: [],
  },
];

describe('checkDraft: the table of drafts', () => {
  it('has at least 50 drafts', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(ROWS)('$name', ({ draft, platform, present, absent }) => {
    const ids = checkDraft(draft, platform).findings.map((f) => f.id);
    for (const id of present) expect(ids, `expected ${id}`).toContain(id);
    for (const id of absent) expect(ids, `did not expect ${id}`).not.toContain(id);
  });
});

describe('checkDraft: empty drafts', () => {
  it.each(['', '   ', '\n\t \n'])('returns no findings and zero counts but the length for %j', (draft) => {
    expect(checkDraft(draft, 'x')).toEqual({
      findings: [],
      stats: {
        characters: draft.length,
        weightedLength: draft.length,
        limit: 280,
        hashtags: 0,
        links: 0,
        words: 0,
      },
    });
  });
});

describe('checkDraft: findings', () => {
  it('quotes the words that triggered a finding, up to the end of the clause', () => {
    const finding = checkDraft(
      'Fresh bread daily. Tag a friend who owes you a loaf! Open 8am.',
      'facebook',
    ).findings.find((f) => f.id === 'tag-baiting');
    expect(finding?.evidence).toBe('Tag a friend who owes you a loaf');
  });

  it('gives every problem a severity, a reason and a better way', () => {
    const { findings } = checkDraft('LIKE AND SHARE!!! 🎉🎉🎉 https://example.com', 'facebook');
    for (const f of findings.filter((f) => f.kind === 'problem')) {
      expect(f.severity).toBeDefined();
      expect(f.reason.length).toBeGreaterThan(0);
      expect(f.better?.length).toBeGreaterThan(0);
    }
  });

  it('lists problems from high to low severity, then the good points', () => {
    const { findings } = checkDraft(
      'Tag a friend!!! 🎉🎉🎉 The best cake ever, £3 this Saturday. Order online at crumb.example.com',
      'facebook',
    );
    const order = findings.map((f) =>
      f.kind === 'good' ? 3 : { high: 0, medium: 1, low: 2 }[f.severity ?? 'low'],
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(findings.at(-1)?.kind).toBe('good');
  });

  it('rates over-the-limit hashtags on Instagram as high and names the limit', () => {
    const finding = checkDraft('Wreaths from £25 #a1 #b2 #c3 #d4 #e5 #f6 #g7', 'instagram').findings.find(
      (f) => f.id === 'hashtags-over-limit',
    );
    expect(finding?.severity).toBe('high');
    expect(finding?.reason).toContain('at most 5');
    expect(finding?.evidence).toBe('#f6 #g7');
  });

  it('rates more hashtags than X advises as medium and calls it advice', () => {
    const finding = checkDraft('Bread at 8am #a #b #c', 'x').findings.find(
      (f) => f.id === 'hashtags-too-many',
    );
    expect(finding?.severity).toBe('medium');
    expect(finding?.reason).toContain('advice, not a limit');
  });

  it('rates a TikTok caption over 2,200 characters as medium, since the app allows more', () => {
    const finding = checkDraft(words(400), 'tiktok').findings.find((f) => f.id === 'length-over-limit');
    expect(finding?.severity).toBe('medium');
    expect(finding?.title).toBe('Too long for TikTok');
  });

  it('says calmly that a very long draft was only partly checked', () => {
    const report = checkDraft('Fresh bread today. '.repeat(6_000), 'facebook');
    const finding = report.findings.find((f) => f.id === 'draft-truncated');
    expect(finding?.severity).toBe('low');
    expect(finding?.reason).toBe(
      'This draft is 114,000 characters long, so only its first 100,000 were checked.',
    );
    // The counter shows the real length, not the part checked.
    expect(report.stats.characters).toBe(114_000);
    expect(report.stats.checked).toBe(MAX_DRAFT_LENGTH);
  });

  it('never cuts a surrogate pair in half when it truncates', () => {
    const draft = 'a' + '🥐'.repeat(MAX_DRAFT_LENGTH);
    const { stats } = checkDraft(draft, 'x');
    expect(stats.checked).toBe(MAX_DRAFT_LENGTH - 1);
    expect(stats.characters).toBe(1 + MAX_DRAFT_LENGTH);
  });
});

describe('checkDraft: stats', () => {
  it('counts characters, links, hashtags and words', () => {
    expect(checkDraft('Bread at 8am 🥐 bakery.co.uk #bread', 'instagram').stats).toEqual({
      characters: 34,
      weightedLength: 34,
      limit: 2_200,
      hashtags: 1,
      links: 1,
      words: 4,
    });
  });

  it("uses X's weighted length on X", () => {
    expect(checkDraft('Bread 🥐 https://bakery.example.com/today', 'x').stats.weightedLength).toBe(
      6 + 2 + 1 + 23,
    );
  });
});
