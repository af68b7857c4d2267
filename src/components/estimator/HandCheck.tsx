import { useEffect, useId, useState } from 'preact/hooks';
import {
  canCombine,
  doubleSampleOf,
  handCheckAccounts,
  profileUrl,
  type CheckedAccount,
  type HandAnswer,
  type HandAnswers,
} from '../../lib/audit/hand-check';
import type { AuditNote } from '../../lib/audit/saved';
import type { AuditPlatform } from '../../lib/audit/plan';
import type { AuditSummary } from '../../lib/audit/summary';
import { SPOT_SIGNS } from '../../lib/estimator/spot-check';
import { rateInWords } from '../../lib/numbers/in-words';
import { formatCount, formatPercent } from '../../lib/numbers/format';
import type { DoubleSample, DoubleSampleEstimate } from '../../lib/stats/double-sampling';
import type { Estimate } from '../../lib/stats/proportion';
import { uniformFrom } from '../../lib/stats/random';
import { ConfirmButton } from '../shared/ConfirmButton';
import { EstimateFigure } from './EstimateFigure';

const ANSWER_LABELS: Record<HandAnswer, string> = {
  real: 'Looks like a real person',
  fake: 'Looks fake',
  unsure: 'Can’t tell or gone',
};

const points = (width: number) => `${formatCount(Math.round(width * 100))} percentage points`;

/**
 * The ten-minute check that calibrates the audit on this very audience: the owner judges a random handful of
 * flagged and unflagged accounts, blind to the rules' verdict, and the worker combines the two (double
 * sampling). The accounts drawn and the answers given are handed to `onChange`, which keeps them in this
 * browser; `saved` brings them back when the same file is audited again.
 */
export function HandCheck({
  summary,
  platform,
  platformLabel,
  estimate,
  handEstimate,
  onHandCheck,
  saved,
  onChange,
  unsaved,
}: {
  summary: AuditSummary;
  platform: AuditPlatform;
  platformLabel: string;
  estimate: Estimate;
  handEstimate: DoubleSampleEstimate | undefined;
  onHandCheck: (sample: DoubleSample | undefined) => void;
  saved: AuditNote['handCheck'];
  onChange: (check: AuditNote['handCheck']) => void;
  /** The browser would not keep the answers. */
  unsaved: boolean;
}) {
  const id = useId();
  const [started, setStarted] = useState(saved !== undefined);
  const [answers, setAnswers] = useState<HandAnswers>(saved?.answers ?? {});
  const [accounts] = useState<CheckedAccount[]>(
    () =>
      saved?.accounts ??
      handCheckAccounts(summary.handCheckPool, uniformFrom()).map(({ handle, line, group }) => ({
        handle,
        line,
        group,
      })),
  );
  const [restored] = useState(() => Object.keys(saved?.answers ?? {}).length);
  const sample = doubleSampleOf(summary, accounts, answers);
  const answered = Object.keys(answers).length;
  const unsure = Object.values(answers).filter((answer) => answer === 'unsure').length;
  const ready = canCombine(sample);

  useEffect(() => {
    // Answers that no longer combine (all changed to "can't tell", or cleared) take the estimate away.
    onHandCheck(ready ? sample : undefined);
  }, [answers]);

  if (accounts.length === 0) return null;
  return (
    <section class="hand-check" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Check it on your own followers: about ten minutes</h4>
      <p>
        The error rates above were measured on other accounts’ followers, and quiet real customers of a small
        business can look like fakes. Open these {formatCount(accounts.length)} randomly chosen accounts from
        the file and say what you see. They are mixed so that you cannot tell which ones the rules flagged:
        your judgement stays your own, and the estimate then rests on how the rules did on your audience.
      </p>
      {!started ? (
        <button
          type="button"
          class="button"
          onClick={() => {
            setStarted(true);
            onChange({ accounts, answers });
          }}
        >
          Check {formatCount(accounts.length)} accounts by hand
        </button>
      ) : (
        <>
          <details>
            <summary>What to look for</summary>
            <ul>
              {SPOT_SIGNS.map((sign) => (
                <li key={sign.id}>
                  <strong>{sign.label}.</strong> {sign.why}
                </li>
              ))}
            </ul>
          </details>
          <p>
            <strong>
              {formatCount(answered)} of {formatCount(accounts.length)}
            </strong>{' '}
            accounts checked.
            {restored > 0 &&
              answered > 0 &&
              ` Your ${restored === 1 ? 'answer' : `${formatCount(restored)} answers`} from before ${restored === 1 ? 'is' : 'are'} back: the same accounts, from the same file.`}
          </p>
          <ol class="hand-check-list" aria-label="Accounts to check by hand">
            {accounts.map((account) => {
              const url = profileUrl(platform, account.handle);
              const name = account.handle
                ? `@${account.handle}`
                : `The account on line ${formatCount(account.line)}`;
              return (
                <li key={account.line}>
                  <fieldset>
                    <legend>
                      {url ? (
                        <a href={url} target="_blank" rel="noopener noreferrer">
                          {name}
                          <span class="sr-only"> (opens {platformLabel} in a new tab)</span>
                        </a>
                      ) : (
                        name
                      )}{' '}
                      <span class="meta">line {formatCount(account.line)}</span>
                    </legend>
                    {(Object.keys(ANSWER_LABELS) as HandAnswer[]).map((value) => (
                      <label key={value} class="choice">
                        <input
                          type="radio"
                          name={`${id}-${account.line}`}
                          checked={answers[account.line] === value}
                          onChange={() => {
                            const next = { ...answers, [account.line]: value };
                            setAnswers(next);
                            onChange({ accounts, answers: next });
                          }}
                        />
                        {ANSWER_LABELS[value]}
                      </label>
                    ))}
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <p class="meta">
            {unsaved
              ? 'This browser would not keep your answers, so they last until you leave the page.'
              : 'Your answers are kept in this browser only: after a reload, choose the same file again and they come back.'}
          </p>
          {answered > 0 && (
            <ConfirmButton
              label="Clear my answers"
              question={`Clear the ${answered === 1 ? 'answer' : `${formatCount(answered)} answers`} you gave?`}
              onConfirm={() => {
                setAnswers({});
                onChange({ accounts, answers: {} });
              }}
            />
          )}
          {!ready ? (
            <p class="meta">
              Judge at least one flagged and one unflagged account (you will not know which is which, so keep
              going) and the estimate on your followers appears here.
            </p>
          ) : handEstimate ? (
            <div aria-live="polite">
              <EstimateFigure estimate={handEstimate} label="Fake share, checked on your followers" />
              <p>
                On the accounts you judged, the rules caught {rateInWords(handEstimate.sensitivity)} of the
                ones you called fake and flagged {rateInWords(handEstimate.falsePositiveRate)} of the ones you
                called real. This range is{' '}
                {handEstimate.high - handEstimate.low < estimate.high - estimate.low
                  ? `${points(estimate.high - estimate.low - (handEstimate.high - handEstimate.low))} narrower`
                  : `${points(handEstimate.high - handEstimate.low - (estimate.high - estimate.low))} wider`}{' '}
                than the one from labelled accounts ({formatPercent(estimate.low)}-
                {formatPercent(estimate.high)}). More answers narrow it.
              </p>
              {unsure > 0 && (
                <p class="meta">
                  {formatCount(unsure)} {unsure === 1 ? 'account' : 'accounts'} you could not judge{' '}
                  {unsure === 1 ? 'is' : 'are'} left out.
                </p>
              )}
              <p class="meta">
                Your own judgement can be wrong too: the range allows for you catching 80 to 97% of bought
                accounts and mistaking 1 to 10% of real people, an assumption explained in the method.
              </p>
            </div>
          ) : (
            <p class="meta">Working out the estimate…</p>
          )}
        </>
      )}
    </section>
  );
}
