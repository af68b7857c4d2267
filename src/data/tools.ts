export interface ToolInfo {
  name: string;
  summary: string;
  details: string;
}

/** The tools the site is building; each gets its own page under /tools/ when it ships. */
export const TOOLS: readonly ToolInfo[] = [
  {
    name: 'Fake-follower estimator',
    summary:
      'Estimate how many of an account’s followers are real, with a range and the reasons, never a bare verdict.',
    details:
      'Three ways in: a quick engagement check against published benchmarks, a hand spot-check of a random sample that the tool plans for you, and an audit of a file of follower profiles scored by published rules.',
  },
  {
    name: 'Audience comparator',
    summary: 'Put two accounts side by side and see how many real, engaged people each one actually reaches.',
    details:
      'Useful before paying an influencer: a bigger follower count can hide a smaller real audience once fake followers and engagement are taken into account.',
  },
  {
    name: '“Would you click it?” quiz',
    summary: 'Decide on example posts from small businesses and train your eye for bait and for value.',
    details:
      'Scores bait you caught and good posts you kept separately, so being suspicious of everything does not win.',
  },
  {
    name: 'Draft checker',
    summary:
      'Paste a post before you publish it and see what platforms would demote, with a better way to say it.',
    details:
      'Flags the kinds of engagement bait platforms name, shouting, hashtag stuffing and posts with no value, and points out what is already good.',
  },
];
