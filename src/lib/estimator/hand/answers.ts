/**
 * A hand check's answer: what the owner says of one account after opening it. The spot-check, the audit's
 * hand check and follower history's hand check all ask the same question with the same three answers.
 * "Can't tell" counts for neither side: it is left out of every estimate, and so is an account that is gone.
 */
export type HandAnswer = 'real' | 'fake' | 'unsure';

export const HAND_ANSWER_LABELS: Readonly<Record<HandAnswer, string>> = {
  real: 'Looks like a real person',
  fake: 'Looks fake',
  unsure: 'Can’t tell or gone',
};

export const HAND_ANSWERS = Object.keys(HAND_ANSWER_LABELS) as readonly HandAnswer[];

/** The answer stored or sent as `value`, or undefined when it is not one of the three. */
export const handAnswerOf = (value: unknown): HandAnswer | undefined =>
  (HAND_ANSWERS as readonly unknown[]).includes(value) ? (value as HandAnswer) : undefined;

/** Answers by the account's number (its position in the list, or its line in the file). */
export type HandAnswers = Readonly<Record<number, HandAnswer>>;

/** About how long one account takes to open and judge with the checklist. */
// own: an assumption (a profile opened, the checklist read, an answer given); the pages say "about".
export const SECONDS_PER_ACCOUNT = 30;

/** About how many minutes a hand check of `accounts` accounts takes, at least one. */
export const minutesToCheck = (accounts: number): number =>
  Math.max(1, Math.round((accounts * SECONDS_PER_ACCOUNT) / 60));

/**
 * How long a hand check of `accounts` accounts takes, in words: "about 21 minutes" under an hour, and to the
 * nearest quarter hour beyond ("about 2 hours 45 minutes"), since nobody plans an afternoon to the minute.
 */
export function timeToCheck(accounts: number): string {
  const minutes = minutesToCheck(accounts);
  if (minutes < 60) return `about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  const quarters = Math.round(minutes / 15);
  const [hours, rest] = [Math.floor(quarters / 4), (quarters % 4) * 15];
  return `about ${hours} ${hours === 1 ? 'hour' : 'hours'}${rest ? ` ${rest} minutes` : ''}`;
}
