/**
 * The quiz's fixed vocabulary and the words shown for it. Browser-safe: the island imports these labels,
 * and the build-time deck schema takes its allowed ids from the same objects, so a label can't go missing.
 */

export type Pick = 'click' | 'scroll';

export const PICK_LABELS: Readonly<Record<Pick, string>> = {
  click: 'Click',
  scroll: 'Scroll past',
};

/**
 * The five engagement-bait types are Meta's own names (Facebook Newsroom, December 2017); the two kinds of
 * clickbait follow its 2016 and 2017 clickbait posts. The last four are this site's names for habits that
 * fail the "would you click it?" test.
 */
export const FAILURE_LABELS = {
  'vote-baiting': 'Vote-baiting',
  'react-baiting': 'React-baiting',
  'share-baiting': 'Share-baiting',
  'tag-baiting': 'Tag-baiting',
  'comment-baiting': 'Comment-baiting',
  'clickbait-withholding': 'Clickbait that withholds',
  'clickbait-exaggerating': 'Clickbait that exaggerates',
  'hashtag-stuffing': 'Hashtag stuffing',
  'link-only': 'A link and nothing else',
  'repost-no-value': 'A repost that adds nothing',
  'exclusive-leaves-others-out': 'A perk that shuts customers out',
} as const;

export type FailureId = keyof typeof FAILURE_LABELS;

/** The failures that are Meta's own named types (the first seven above); the rest are this site's names. */
export const META_NAMED: readonly FailureId[] = [
  'vote-baiting',
  'react-baiting',
  'share-baiting',
  'tag-baiting',
  'comment-baiting',
  'clickbait-withholding',
  'clickbait-exaggerating',
];

/** Kinds of post that Meta said its engagement-bait demotion leaves alone, even though they ask for action. */
export const EXEMPTION_LABELS = {
  'call-for-help': 'A call for help',
  fundraising: 'Fundraising for a cause',
  'asking-for-recommendations': 'Asking for recommendations',
} as const;

export type ExemptionId = keyof typeof EXEMPTION_LABELS;

/** The site's eight points of guidance (CONTENT.md), in order. */
export const PRINCIPLE_LABELS = {
  'follower-count-wrong-goal': 'Follower count is the wrong first goal',
  'big-numbers-hollow': 'Big numbers can be hollow',
  'likes-can-be-fake': 'Likes can be fake too',
  'social-is-social': 'Post only what you would click yourself',
  'value-brings-audience': 'Value brings the audience',
  'exclusive-value': 'Exclusive value, fairly offered',
  'what-it-buys': 'What quality buys: loyalty and a steady presence',
  'loyalty-tracks-revenue': 'Loyalty, not follower count, tracks revenue',
} as const;

export type PrincipleId = keyof typeof PRINCIPLE_LABELS;
