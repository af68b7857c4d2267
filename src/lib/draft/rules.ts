import type { Severity } from './types';

/*
 * The draft checker's rules as data: what each finding says, and the English phrasings that trigger it.
 * Patterns run on the draft with links, hashtags and @handles blanked out, and are case-insensitive unless
 * they say otherwise. Every repeat is bounded, so a long or strange paste can't make them slow.
 *
 * Engagement bait follows Meta's five named types: Facebook Newsroom, "News Feed FYI: Fighting Engagement
 * Bait on Facebook", 18 Dec 2017, https://about.fb.com/news/2017/12/news-feed-fyi-fighting-engagement-bait-on-facebook/
 * and Meta Transparency Center, Content Distribution Guidelines, "Engagement bait": posts that "explicitly
 * request engagement (such as votes, shares, comments, tags, likes, or other reactions) for purposes other
 * than a specific call to action", https://transparency.meta.com/features/approach-to-ranking/content-distribution-guidelines/engagement-bait/
 *
 * Where we draw the line. Meta defines comment-baiting as asking people "to comment with specific answers
 * (words, numbers, phrases, or emojis)", e.g. "Comment 'YES' if you love rock as much as I do". So we
 * flag a request for a set token in the comments (a quoted word, a word in capitals, a number, an emoji),
 * and leave open questions alone: "What flavour should we bake for Saturday? Tell us in the comments"
 * asks for real answers the bakery will use. Asking people to vote between options with reactions,
 * emoji or set replies ("❤️ for lemon, 😮 for chocolate", "Comment 1 or 2", "Vote in the comments") is
 * vote-baiting. Meta exempts posts that ask for help, advice or recommendations, "such as circulating a
 * report about a missing child, raising money for a cause, or asking for travel tips"; we lift tag, share,
 * comment and react findings in such posts (we count hiring as asking for help), unless the post also
 * offers a prize for the action ("share to win"), which no exemption covers.
 */

/** The findings that are bait or clickbait: each gets a rewrite (rewrite.ts). */
export const BAIT_IDS = [
  'vote-baiting',
  'tag-baiting',
  'share-baiting',
  'comment-baiting',
  'react-baiting',
  'clickbait-withholding',
  'clickbait-exaggeration',
] as const;

export type BaitId = (typeof BAIT_IDS)[number];

export type ProblemId =
  | BaitId
  | 'exclusive-offer'
  | 'hashtags-over-limit'
  | 'hashtags-too-many'
  | 'shouting-capitals'
  | 'shouting-exclamations'
  | 'emoji-run'
  | 'link-only'
  | 'repost-no-value'
  | 'no-value'
  | 'length-over-limit'
  | 'markup-literal'
  | 'draft-truncated'
  | 'hidden-characters';

export type GoodId = 'good-concrete-detail' | 'good-next-step';

export interface Message {
  title: string;
  reason: string;
  better?: string;
}

const META_BAIT = 'Meta shows fewer people posts that ask for';

export const MESSAGES: Readonly<Record<ProblemId | GoodId, Message>> = {
  'vote-baiting': {
    title: 'Vote-baiting',
    reason: `${META_BAIT} votes through reactions or comments (its "vote-baiting" rule).`,
    better: "Use the platform's own poll, or ask an open question and say what you'll do with the answers.",
  },
  'tag-baiting': {
    title: 'Tag-baiting',
    reason: `${META_BAIT} friends to be tagged (its "tag-baiting" rule).`,
    // check.ts replaces this with advice built from the draft's own words (advice.ts).
    better: "Say what you have and who it's for instead: what it is, when and where to get it.",
  },
  'share-baiting': {
    title: 'Share-baiting',
    reason: `${META_BAIT} shares, above all shares to enter a draw (its "share-baiting" rule). Calls for help and fundraising are exempt.`,
    better:
      'Make it worth passing on by itself: the offer, the date, the place. People share what is useful.',
  },
  'comment-baiting': {
    title: 'Comment-baiting',
    reason: `${META_BAIT} a set word, number or emoji in the comments (its "comment-baiting" rule). Open questions are fine.`,
    better:
      'Ask a real question you will use the answers to, or say how to get it directly: a link, a phone number.',
  },
  'react-baiting': {
    title: 'React-baiting',
    reason: `${META_BAIT} likes or reactions (its "react-baiting" rule).`,
    better: "Drop the request and give people a reason to care: what's new, when, and for how much.",
  },
  'clickbait-withholding': {
    title: 'Holds back the point',
    reason:
      'Teasers that hide what a post is about annoy people; Facebook ranks headlines that withhold information lower as clickbait.',
    better:
      'Say the thing in the first line: what it is, what changed, and why it matters to your customers.',
  },
  'clickbait-exaggeration': {
    title: 'Overstated claim',
    reason: "Claims people can't check read as hype; Facebook treats exaggerated headlines as clickbait.",
    better: 'Swap the superlative for a fact: what it is, what goes into it, what it costs.',
  },
  'exclusive-offer': {
    title: 'Other customers left out',
    reason: "A treat for followers is fine, but customers who don't follow you may feel left in the dark.",
    better:
      'Say how others can get it too: "Also in the shop for anyone who asks" or "in this week\'s newsletter".',
  },
  'hashtags-over-limit': {
    title: 'Too many hashtags to post',
    reason: '',
    better: 'Keep the 3 to 5 that best say what the post is about.',
  },
  'hashtags-too-many': {
    title: 'More hashtags than advised',
    reason: '',
    better: 'Keep the few most specific ones: a place or a product beats #love or #instagood.',
  },
  'shouting-capitals': {
    title: 'Lots of capitals',
    reason: 'Runs of capitals read as shouting and are slower to read.',
    better: 'Write in normal case and let one detail, the date or the price, carry the weight.',
  },
  'shouting-exclamations': {
    title: 'Stacked exclamation marks',
    reason: 'Rows of exclamation marks read as shouting and make a post look like spam.',
    better: 'One exclamation mark is plenty; let the news itself do the work.',
  },
  'emoji-run': {
    title: 'Row of emoji',
    reason: 'A row of emoji adds noise, not meaning, and screen readers read every one aloud.',
    better: 'Keep one or two that add meaning, like 🥐 next to the pastry.',
  },
  'link-only': {
    title: 'Just a link',
    reason: 'A link with nothing around it gives people no reason to click. Would you click it?',
    better: 'Add a line on what is behind the link: "New autumn menu: 3 soups, all under £6."',
  },
  'repost-no-value': {
    title: 'Repost with nothing added',
    reason:
      "Passing on someone else's post with nothing of your own gives your followers no reason to read it here.",
    better: 'Add a line of your own: why it matters to your customers.',
  },
  'no-value': {
    title: 'Nothing to act on',
    reason: "There's nothing here people can use yet: no news, offer, date or detail.",
    better: "Say one useful thing: what's new, when, where, or how much.",
  },
  'length-over-limit': {
    title: 'Too long',
    reason: '',
    better: 'Cut it to the one thing people need, and link to the rest.',
  },
  'markup-literal': {
    title: 'Code will show as typed',
    reason: "Social posts don't turn HTML or Markdown into formatting; the symbols show as typed.",
    better: 'Take out the tags and symbols; use line breaks for structure.',
  },
  'hidden-characters': {
    title: 'Hidden or look-alike characters',
    reason:
      "Readers can't see these, but platforms and screen readers can: a word with an invisible character or a letter from another alphabet inside is no longer the word, so search misses it, a screen reader spells it out, and a filter that spots the trick treats the post as an attempt to slip past it.",
    better:
      'Retype the words by hand, or paste the draft into a plain-text editor first and copy it from there.',
  },
  'draft-truncated': {
    title: 'Only the start was checked',
    reason: '',
    better: "Every platform's limit is far shorter than this; trim it and check again.",
  },
  'good-concrete-detail': {
    title: 'Concrete detail',
    reason: 'A price, date, time or amount gives people something real to act on.',
  },
  'good-next-step': {
    title: 'Clear next step',
    reason: 'It tells people exactly what to do next.',
  },
};

export interface PatternRule {
  id: ProblemId;
  severity: Severity;
  pattern: RegExp;
  /** Lifted when the post asks for help, advice or recommendations (Meta's exemption). */
  exemptForHelp: boolean;
  /**
   * The match must open a clause, as an instruction does: "Tag a friend", "… Like if", "🎉 Share this",
   * "and share". Checked in code rather than in the pattern, which keeps the patterns fast to scan.
   */
  opensClause: boolean;
}

const EMOJI = String.raw`\p{Extended_Pictographic}\uFE0F?`;
// Pointing emoji show where to comment; they aren't the answer asked for.
const ANSWER_EMOJI = String.raw`(?![👇⬇👉☝👆])${EMOJI}`;
const QUOTED = String.raw`["“‘'«][^"”’'»\n]{1,20}["”’'»]`;
const SMALL_NUMBER = String.raw`\d{1,3}(?![-\w.,:%])`;
const NAMED_ANSWER = String.raw`(?:an?\s+|one\s+|your\s+favou?rite\s+)?(?:emojis?|gif)\b`;
// "1 for £2, 4 for £7" is a price list, not a poll.
const OPTION = String.raw`\s*(?:for|=)\s+(?![£$€¥\d])`;

const anyOf = (sources: readonly string[], flags = 'giu') => new RegExp(sources.join('|'), flags);

// Vote-baiting is never exempt, and needn't open a clause ("Which cake? ❤️ for carrot, 😮 for lemon").
const bait = (id: ProblemId, sources: readonly string[], flags?: string): PatternRule => ({
  id,
  severity: 'high',
  pattern: anyOf(sources, flags),
  exemptForHelp: id !== 'vote-baiting',
  opensClause: id !== 'vote-baiting',
});

/**
 * In order: a match claims its words, so a later rule can't report the same words again
 * ("Comment 1 for lemon, 2 for chocolate" is vote-baiting, not also comment-baiting).
 */
export const PATTERN_RULES: readonly PatternRule[] = [
  bait('vote-baiting', [
    String.raw`\bvote\b[^.!?\n]{0,30}?\b(?:by|with|using|in\s+the)\s+(?:a\s+|an\s+|your\s+)?(?:react(?:ing|ions?)?|emojis?|likes?|comments?|commenting|hearts?)\b`,
    String.raw`\b(?:react|vote|choose|pick|which|prefer|favou?rite|tell\s+us)\b[^\n]{0,60}?${EMOJI}(?:${OPTION}|\s*if\s+you\s)[^\n]{1,40}?${EMOJI}(?:${OPTION}|\s*if\s+you\s)`,
    String.raw`\b(?:comment|type|reply|react|vote)\b[^.!?\n]{0,20}?(?:\b[1-4a-d]\b|${EMOJI})${OPTION}[^\n]{1,40}?(?:\b[1-4a-d]\b|${EMOJI})${OPTION}`,
  ]),
  bait('tag-baiting', [
    String.raw`\b(?:please\s+)?(?:tag|mention)\s+(?:a|an|your|\d+|one|two|three|four|five|some|someone|somebody|anyone|everyone|friends?|mates?|the\s+(?:friend|person|one))\b`,
  ]),
  bait('share-baiting', [
    String.raw`\b(?:please\s+)?(?:(?:like|comment|follow)\s*(?:,|and|&|\+)\s*){0,3}(?:share|repost|retweet|reshare|rt(?=\s+if\b))\b(?!\s+(?:your|yours|a\s+(?:photo|pic|picture|story|review)|photos|pics|pictures|stories|thoughts|ideas|tips|experiences?|feedback|memories|recipes?|news|love|the\s+love))(?:\s+(?:this|it|the\s+post|this\s+post|our\s+post|with\s+(?!us\b)|to\s+(?:win|enter|be\s+entered|\d+)|if\b|now\b|please\b|and\b|for\s+a\s+chance|away)|\s*(?:[!.,:;)\n]|$)|\s*${EMOJI})`,
  ]),
  bait('comment-baiting', [
    String.raw`\b(?:please\s+)?comment(?:\s+(?:with|below|down\s+below|here))*\s+(?:the\s+word\s+)?(?:${QUOTED}|${ANSWER_EMOJI}|${SMALL_NUMBER}|${NAMED_ANSWER})`,
    String.raw`\b(?:please\s+)?(?:type|reply|respond|drop|leave|put)(?:\s+(?:with|below|down\s+below|here))*\s+(?:a\s+|an\s+|the\s+word\s+)?(?:${QUOTED}|${ANSWER_EMOJI}|${SMALL_NUMBER}|${NAMED_ANSWER})[^.!?\n]{0,25}?(?:below|comments?|if\b|to\s+(?:get|win|enter|receive)|and\s+(?:we|i)\b|👇|⬇)`,
  ]),
  // Case matters here: the answer asked for is a word in capitals ("Comment YES if…", "Type LINK").
  bait(
    'comment-baiting',
    [
      String.raw`\b(?:[Pp]lease\s+|PLEASE\s+)?(?:[Cc]omment|COMMENT|[Tt]ype|TYPE|[Rr]eply|REPLY)\s+(?:[Ww]ith\s+|WITH\s+)?(?!(?:BELOW|NOW|HERE|IF|AND|THE|WITH|YOUR|US|PLEASE|DOWN|TO|FOR|ON|IN|OR|A|AN|IT|THIS)\b)[A-Z]{2,}\b`,
    ],
    'gu',
  ),
  bait('react-baiting', [
    String.raw`\b(?:please\s+)?(?:like|love|heart|double[-\s]?tap)(?:\s+(?:this|it|the\s+post|this\s+post|our\s+post))?\s+if\b`,
    String.raw`\b(?:please\s+)?(?:react|hit|smash|tap|press)\s+(?:with\s+)?(?:a\s+|an\s+|the\s+|that\s+)?(?:like|love|heart|wow|haha|care|${EMOJI})(?:\s+button)?\s*(?:if|when)\b`,
    String.raw`\b(?:please\s+)?give\s+(?:this|it|us|the\s+post|this\s+post)\s+a\s+(?:like|heart|thumbs[-\s]?up|${EMOJI})`,
    String.raw`(?:👍|❤|♥|🥰|😆|😂|😮|😢|😡)[\uFE0F\u{1F3FB}-\u{1F3FF}]?\s*if\s+you\b`,
  ]),
  // Facebook Newsroom, "News Feed FYI: New Updates to Reduce Clickbait Headlines", 17 May 2017: headlines
  // that withhold information or exaggerate are clickbait, e.g. "You'll Never Believe Who Tripped and Fell
  // on the Red Carpet…". https://about.fb.com/news/2017/05/news-feed-fyi-new-updates-to-reduce-clickbait-headlines/
  // and "Further Reducing Clickbait in Feed", 4 Aug 2016,
  // https://about.fb.com/news/2016/08/news-feed-fyi-further-reducing-clickbait-in-feed/
  {
    id: 'clickbait-withholding',
    severity: 'medium',
    exemptForHelp: false,
    opensClause: false,
    pattern: anyOf([
      String.raw`\byou\s+(?:won[’']?t|will\s+not|(?:will\s+)?never|wouldn[’']?t)\s+(?:believe|guess)\b`,
      String.raw`\byou[’']?ll\s+never\s+(?:believe|guess)\b`,
      String.raw`\b(?:see|find\s+out|watch|guess|believe)\s+what\s+happens\s+next\b`,
      String.raw`\bwhat\s+happened\s+next\b`,
      String.raw`\b(?:this\s+one|one\s+(?:weird|simple|little|easy|crazy|strange))\s+(?:trick|secret|hack|thing)\b`,
      String.raw`\bthis\s+(?:simple|weird|crazy)\s+(?:trick|hack)\b`,
      String.raw`\bwill\s+(?:shock|amaze|stun|blow)\s+(?:you|your\s+mind)\b`,
      String.raw`\b(?:the\s+)?(?:answer|reason|result|ending)\s+(?:will|may|might)\s+(?:surprise|shock|amaze)\b`,
      String.raw`\b(?:you\s+)?need\s+to\s+see\s+this\b`,
      String.raw`\bwait\s+(?:till|until|[’']?til)\s+you\s+see\b`,
      String.raw`\b(?:click|tap)\s+(?:here\s+|the\s+link\s+|below\s+)?to\s+(?:find\s+out|see\s+(?:what|why|how|who)|discover)\b`,
      String.raw`\bnobody\s+(?:is\s+)?talk(?:s|ing)\s+about\b`,
      String.raw`\b(?:doctors|dentists|experts|mechanics|bakers)\s+hate\b`,
      String.raw`\bnumber\s+\d+\s+will\b`,
      String.raw`\bis\s+(?:hard|impossible)\s+to\s+believe\b`,
    ]),
  },
  {
    id: 'clickbait-exaggeration',
    severity: 'low',
    exemptForHelp: false,
    opensClause: false,
    pattern: anyOf([
      // "Best day ever" is a feeling, not a claim about what you sell.
      String.raw`\b(?:the\s+)?best\s+(?!(?:day|days|time|night|weekend|morning|week|year|birthday|team|customers|crowd|turnout)\b)(?:[\p{L}'’-]+\s+){0,2}ever\b`,
      String.raw`\b(?:world|universe|galaxy)[’']?s\s+(?:best|greatest|finest)\b`,
      String.raw`\bbest\s+in\s+the\s+(?:world|universe|galaxy)\b`,
      String.raw`\blife[-\s]?chang(?:ing|er)\b`,
      String.raw`\bchange\s+your\s+life\b`,
      String.raw`\bgame[-\s]?chang(?:ing|er)\b`,
      String.raw`\b(?:insane(?:ly)?|mind[-\s]?blowing|jaw[-\s]?dropping|unbelievabl[ey]|shocking|miracle|miraculous)\b`,
      String.raw`\bout\s+of\s+this\s+world\b`,
      String.raw`\b(?:literally|absolutely)\s+the\s+best\b`,
      String.raw`\bmost\s+(?:amazing|incredible)\b`,
    ]),
  },
];

// Meta's exemption: posts asking for help, advice or recommendations (missing child, raising money for a
// cause, travel tips). Hiring is our own addition.
export const ASKS_FOR_HELP = anyOf(
  [
    String.raw`\b(?:missing(?!\s+out\b)|have\s+you\s+seen|last\s+seen|stolen|appeal|emergency|blood\s+donors?|raising\s+(?:money|funds)|fund-?rais(?:er|ers|ing)|donat(?:e|es|ed|ing|ions?)|charity|sponsor(?:ed|ship)?|just\s*giving|go\s*fund\s*me|hiring|vacanc(?:y|ies))\b`,
    String.raw`\blost\s+(?:dog|cat|pet|child|boy|girl|puppy|kitten|parrot|tortoise|wallet|purse|keys|bag|phone|ring)\b`,
    String.raw`\b(?:can|could|does|would)\s+anyone\s+(?:recommend|suggest|help|know|lend|point\s+us)\b`,
    String.raw`^\s*(?:can|could)\s+you\s+help\b`,
    String.raw`\bany\s+(?:recommendations|suggestions|tips|advice)\b`,
    String.raw`\brecommendations?\s+(?:for|please)\b`,
    String.raw`\bwho\s+(?:do|would)\s+you\s+recommend\b`,
  ],
  'iu',
);

/** A prize for the action ("share to win") takes a post out of the help exemption. */
export const OFFERS_PRIZE = anyOf(
  [
    String.raw`\b(?:to|and)\s+(?:win|enter|be\s+entered)\b`,
    String.raw`\bfor\s+a\s+chance\b`,
    String.raw`\bgive-?away\b`,
    String.raw`\bprize\s+draw\b`,
  ],
  'iu',
);

const NETWORK = String.raw`(?:(?:instagram|insta|ig|facebook|fb|tiktok|linkedin|twitter|x)\s+)?`;

/** Point 6 of the site's guidance: follower-only value is good, if other customers aren't left out. */
export const EXCLUSIVE_OFFER = anyOf(
  [
    String.raw`\b(?:followers?|fans?|subscribers?)[-\s]only\b`,
    String.raw`\b(?:only|just)\s+(?:for|to)\s+(?:our\s+)?${NETWORK}(?:followers|fans|subscribers)\b`,
    String.raw`\bexclusive(?:ly)?\s+(?:to|for)\s+(?:our\s+)?${NETWORK}(?:followers|fans|subscribers|community)\b`,
    String.raw`\b${NETWORK}(?:followers|fans)\s+(?:get|can\s+get|receive|enjoy|save)\b`,
  ],
  'iu',
);

/** Words that tell other customers they can have it too. */
export const OPEN_TO_OTHERS = anyOf(
  [
    String.raw`\b(?:everyone|every\s+customer|all\s+(?:our\s+)?customers|anyone(?!\s+who\s+follows)|newsletter|mailing\s+list|non-?followers?)\b`,
    String.raw`\bwhether\s+(?:or\s+not\s+)?you\s+follow\b`,
    String.raw`\bdon[’']?t\s+(?:need|have)\s+to\s+follow\b`,
    String.raw`\balso\s+(?:available|open|for|on|in)\b`,
    String.raw`\b(?:in[-\s]store|in\s+the\s+\w+|online|by\s+(?:email|phone))\s+(?:too|as\s+well)\b`,
  ],
  'iu',
);

export const REPOST = anyOf(
  [
    String.raw`(?:^|\s)(?:RT|MT)\s*:?\s*@\w+`,
    String.raw`\bvia\s+@\w+`,
    String.raw`^\s*(?:repost(?:ing|ed)?|regram|reshare|sharing\s+this)\b`,
  ],
  'iu',
);

export const MARKUP = anyOf(
  [
    String.raw`<\/?[a-z][a-z0-9-]{0,20}(?:\s[^<>\n]{0,200})?\/?>`,
    String.raw`&(?:nbsp|amp|lt|gt|quot|#\d{1,6});`,
    String.raw`\*\*[^*\n]{1,80}\*\*`,
    String.raw`__[^_\n]{1,80}__`,
    String.raw`\[[^\]\n]{1,80}\]\([^)\s]{1,300}\)`,
  ],
  'iu',
);

const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const MONTH = String.raw`(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*`;

/** A price, discount, time, date, amount or phone number. */
export const CONCRETE_DETAIL = anyOf(
  [
    String.raw`[£$€¥]\s?\d|\b\d+(?:[.,]\d\d)?\s?(?:p|euros?)\b|\b\d{1,3}\s?%|\b(?:half[-\s]price|bogof)\b`,
    String.raw`\b(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?(?:\s?[ap]m\b|\s?[-–]\s?(?:[01]?\d|2[0-4])\b)|\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b|\b(?:noon|midday)\b`,
    String.raw`\b(?:open|closed|closing|opening)\s+(?:today|tomorrow|tonight|now|all\s+day|(?:until|till|from|at|on|this)\s+[\p{L}\p{N}:.]+)|\b(?:sold\s+out|back\s+in\s+stock|fully\s+booked)\b`,
    String.raw`\b(?:this|next|on|from|until|till|by|every|before|each)\s+${WEEKDAY}\b|\b${WEEKDAY}\s+\d{1,2}\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH}|may)\b|\b${MONTH}\s+\d{1,2}\b|\b\d{1,2}\/\d{1,2}\b`,
    String.raw`\b\d+(?:[.,]\d+)?\s?(?:g|kg|ml|l|cm|km|miles?|mins?|minutes?|hours?|hrs?|days?|weeks?|slots?|places?|seats?|tickets?|flavou?rs?|colou?rs?|sizes?|loaves|cakes?|bikes?)\b`,
    String.raw`(?:\+|\b0)\d[\d\s-]{7,14}\d`,
  ],
  'iu',
);

/** Booking, calling, visiting, ordering: something a reader can do next. */
export const NEXT_STEP = anyOf(
  [
    String.raw`\b(?:book|reserve|order|pre-?order)\s+(?:now|online|today|yours|your|a|an|ahead|by|before|at|via|on|through|here|in|early)\b`,
    String.raw`\b(?:call|ring|phone|text|whatsapp|message|email|e-mail|dm)\s+(?:us|me|the\s+(?:shop|salon|clinic|studio|team)|\+?\d[\d\s-]{5,18}\d)`,
    String.raw`\b(?:drop|send)\s+us\s+a\s+(?:message|line|dm|email|note)\b`,
    String.raw`\b(?:visit|find)\s+us\b`,
    String.raw`\b(?:pop|drop|come|swing|stop)\s+(?:in|by|along|down|round|over)\b`,
    String.raw`\b(?:sign\s+up|register|enrol|enroll|rsvp)\b`,
    String.raw`\b(?:get|grab|buy)\s+(?:your\s+)?(?:tickets?|seats?|spots?|places?|slots?)\b`,
    String.raw`\blink\s+in\s+(?:our\s+)?bio\b`,
    String.raw`\b(?:details|menu|tickets|info|more\s+info|full\s+list|prices)\s+(?:at|on|via|here|in\s+(?:our\s+)?bio)\b`,
    String.raw`\b(?:collect|pick\s+up)\s+(?:from|in|at|on)\b`,
  ],
  'iu',
);
