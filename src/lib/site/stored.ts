/**
 * Everything the site keeps in this browser's local storage, in one list, so that the privacy statement on the
 * About page names each thing and the button that removes it. A test fails when a tool stores something under
 * a key this list does not name.
 */
export interface StoredThing {
  key: string;
  /** What is kept, as the About page says it. */
  what: string;
  /** How to remove it from the page itself. */
  removedBy: string;
}

export const STORED_IN_BROWSER: readonly StoredThing[] = [
  { key: 'theme', what: 'your choice of light or dark theme', removedBy: 'your browser’s site settings' },
  {
    key: 'real-reach:quick-check',
    what: 'the numbers you typed into the quick check',
    removedBy: '“Clear the numbers”',
  },
  {
    key: 'real-reach:quick-check-options',
    what: 'whose account the quick check reads (a business or a creator) and how many followers its what-if adds',
    removedBy: '“Clear the numbers”',
  },
  {
    key: 'real-reach:spot-check',
    what: 'a fake-follower spot-check you have started, with your answers',
    removedBy: '“Start a new spot-check”',
  },
  {
    key: 'real-reach:audit-notes',
    what: 'for the last three follower files you audited, the follower count you typed and your hand-check answers, with each file’s name and size (never the file itself)',
    removedBy: '“Clear the hand check”, or “Forget what was saved” before you choose a file',
  },
  {
    key: 'real-reach:follower-history',
    what: 'the summary of a data export you read (counts per day and the bursts found), your labels and the names in your samples',
    removedBy: '“Clear this export and its samples”',
  },
  {
    key: 'real-reach:follower-series',
    what: 'a series of follower counts you pasted',
    removedBy: '“Clear the series”',
  },
  {
    key: 'real-reach:latest-estimate',
    what: 'the fake-follower estimator’s latest result, so that the audience comparator’s page can take it (kept for this tab only, in session storage)',
    removedBy: 'closing the tab',
  },
  {
    key: 'real-reach:comparator',
    what: 'the two accounts in the audience comparator',
    removedBy: '“Clear both accounts”',
  },
  {
    key: 'real-reach:draft',
    what: 'your draft in the draft checker, and the platform you last chose for it',
    removedBy: '“Clear draft” (the platform stays chosen for your next draft)',
  },
  {
    key: 'real-reach:quiz',
    what: 'your place in the “Would you click it?” quiz',
    removedBy: '“Start a new quiz”',
  },
  {
    key: 'real-reach:quiz-history',
    what: 'for each “Would you click it?” quiz you finished, its form, its day and your two scores, to set a retest beside the play before it',
    removedBy: '“Forget my past plays”',
  },
];
