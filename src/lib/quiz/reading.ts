import {
  compareDiscernment,
  discernment,
  isChoosy,
  leaning,
  type Answers,
  type Discernment,
  type Leaning,
} from './discernment';

/*
 * A play's reading in words: one plain sentence on what she did and what it says, a tip, and how a retest
 * compares with the play before it. The numbers behind them are discernment.ts's.
 */

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Whose play a sentence is about: the reader's own, or a friend's from a shared link. */
export type Player = 'you' | 'friend';

const WORDS: Readonly<Record<Player, { subject: string; are: string; them: string }>> = {
  you: { subject: 'You', are: 'you are', them: 'you' },
  friend: { subject: 'Your friend', are: 'they are', them: 'them' },
};

/** The reading in a few words: "wary, not yet choosy", as the side-by-side's table gives it. */
export function inAWord(measures: Discernment, player: Player = 'you'): string {
  const { them } = WORDS[player];
  const choosy = isChoosy(measures);
  switch (leaning(measures)) {
    case 'wary':
      return choosy ? 'choosy, if a little wary' : 'wary, not yet choosy';
    case 'trusting':
      return choosy ? 'choosy, if a little trusting' : 'trusting, not yet choosy';
    default:
      return choosy
        ? `choosy: bait and good posts are easy to tell apart for ${them}`
        : `not yet choosy: bait and good posts still look alike to ${them}`;
  }
}

/**
 * "You caught 12 of 14 bait posts but also scrolled past 5 good ones: you are wary, not yet choosy." What she
 * did with each kind of post, then what the two together say.
 */
export function readingSentence(answers: Answers, player: Player = 'you'): string {
  const { baitCaught, baitAnswered, goodPassed, goodAnswered } = answers;
  const { subject } = WORDS[player];
  if (baitAnswered + goodAnswered === 0) return `${subject} answered no posts.`;
  const caught = `${subject} caught ${baitCaught} of ${count(baitAnswered, 'bait post', 'bait posts')}`;
  const good =
    goodPassed === 0
      ? goodAnswered === 0
        ? ''
        : ' and kept every good one'
      : `${baitCaught * 2 >= baitAnswered ? ' but also' : ' and'} scrolled past ${count(goodPassed, 'good one', 'good ones')}`;
  return `${caught}${good}: ${WORDS[player].are} ${inAWord(discernment(answers), player)}.`;
}

const TIPS: Readonly<Record<Leaning, string>> = {
  wary:
    'Scrolling past more posts catches more bait but costs you the good ones. A post that asks a genuine ' +
    'question, raises money or makes a fair offer deserves the click.',
  trusting:
    'Look for the ask: a post that wants a like, a tag or a share more than it wants to help you is bait, ' +
    'however friendly it sounds.',
  even: 'The reason given for each post is the quickest way to tune your eye: look for what decides it.',
};

/** What to look for next time, from her leaning; a choosy and even-handed player is told so. */
export function readingTip(answers: Answers): string {
  const measures = discernment(answers);
  if (isChoosy(measures) && leaning(measures) === 'even') {
    return "That's a sharp eye: you caught the tricks without writing off posts that ask honest questions.";
  }
  return TIPS[leaning(measures)];
}

/** d′ as shown: one decimal, with a true minus sign. */
export function formatMeasure(value: number): string {
  return value
    .toFixed(1)
    .replace('-', '−')
    .replace(/^−0\.0$/, '0.0');
}

/**
 * How a retest compares with the play before it: did discernment rise, or only suspicion? A change is only
 * called one when it is larger than luck alone often gives on this many posts (compareDiscernment).
 */
export function comparisonSentence(before: Answers, after: Answers): string {
  const first = discernment(before);
  const second = discernment(after);
  const change = compareDiscernment(first, second);
  const from = `${formatMeasure(first.dPrime)} to ${formatMeasure(second.dPrime)}`;
  const leaningWords =
    change.criterion === 'fell'
      ? 'you also scrolled past more of everything'
      : change.criterion === 'rose'
        ? 'you also clicked more readily'
        : 'you scrolled past about as readily as before';
  if (change.dPrime === 'rose') {
    return `Discernment rose, from ${from}: you tell bait from good posts better than before, and ${leaningWords}.`;
  }
  if (change.dPrime === 'fell') {
    return `Discernment fell, from ${from}: bait and good posts looked more alike to you this time, and ${leaningWords}.`;
  }
  if (change.criterion === 'fell') {
    return `Only suspicion rose: discernment went from ${from}, a change luck alone could give, but you scrolled past more of everything. That catches bait and loses good posts alike.`;
  }
  if (change.criterion === 'rose') {
    return `Discernment went from ${from}, a change luck alone could give, and you clicked more readily this time.`;
  }
  return `About the same as before: discernment went from ${from}, a change luck alone could give on this many posts.`;
}

/**
 * Where a play sits in the picture, as shares of its three corners that add up to 1: "trusts everything"
 * (bait clicked, 1 − H), "suspects everything" (good posts passed, F) and "tells them apart" (H − F), from
 * the plain rates of this play. A play that passed more good posts than bait sits on the bottom edge.
 */
export function picturePoint(answers: Answers): { trusts: number; suspects: number; tellsApart: number } {
  const hit = answers.baitAnswered === 0 ? 0 : answers.baitCaught / answers.baitAnswered;
  const falseAlarm = answers.goodAnswered === 0 ? 0 : answers.goodPassed / answers.goodAnswered;
  if (falseAlarm > hit) {
    // Worse than guessing: put it on the bottom edge, at its overall share of posts scrolled past.
    const passed = (hit + falseAlarm) / 2;
    return { trusts: 1 - passed, suspects: passed, tellsApart: 0 };
  }
  return { trusts: 1 - hit, suspects: falseAlarm, tellsApart: hit - falseAlarm };
}
