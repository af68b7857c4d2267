import {
  HAND_ANSWER_LABELS,
  HAND_ANSWERS,
  type HandAnswer,
  type HandAnswers,
} from '../../../lib/estimator/hand/answers';
import type { AuditPlatform } from '../../../lib/estimator/audit/plan';
import type { CheckedAccount } from '../../../lib/estimator/hand/audit-check';
import { formatCount } from '../../../lib/numbers/format';
import { profileUrl } from '../../../lib/platforms';

/** One batch of the audit's hand check: each account with a link to its profile and the three answers. */
export function HandCheckAccounts({
  accounts,
  answers,
  label,
  platform,
  platformLabel,
  name,
  onAnswer,
  example = false,
}: {
  accounts: readonly CheckedAccount[];
  answers: HandAnswers;
  label: string;
  platform: AuditPlatform;
  platformLabel: string;
  name: string;
  onAnswer: (line: number, answer: HandAnswer) => void;
  /** The site's made-up example: its names are nobody's, so they link nowhere. */
  example?: boolean;
}) {
  return (
    <ol class="hand-check-list" aria-label={label}>
      {accounts.map((account) => {
        const url =
          platform === 'other' || example ? undefined : profileUrl(platform, { handle: account.handle });
        const title = account.handle
          ? `@${account.handle}`
          : `The account on line ${formatCount(account.line)} of the file`;
        return (
          <li key={account.line}>
            <fieldset>
              <legend>
                {url ? (
                  <a href={url} target="_blank" rel="noopener noreferrer">
                    {title}
                    <span class="sr-only"> (opens {platformLabel} in a new tab)</span>
                  </a>
                ) : (
                  title
                )}{' '}
                <span class="meta">line {formatCount(account.line)} of the file</span>
              </legend>
              {HAND_ANSWERS.map((value) => (
                <label key={value} class="choice">
                  <input
                    type="radio"
                    name={`${name}-${account.line}`}
                    checked={answers[account.line] === value}
                    onChange={() => onAnswer(account.line, value)}
                  />
                  {HAND_ANSWER_LABELS[value]}
                </label>
              ))}
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
