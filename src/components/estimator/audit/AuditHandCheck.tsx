import type { HandAnswer, HandAnswers } from '../../../lib/estimator/hand/answers';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  answeredBatches,
  canCombine,
  doubleSampleOf,
  HAND_CHECK_BATCH,
  handCheckAvailable,
  nextBatch,
  type CheckedAccount,
} from '../../../lib/estimator/hand/audit-check';
import type { AuditNote } from '../../../lib/estimator/audit/saved';
import { handCheckHeadline, whichToBelieve } from '../../../lib/estimator/audit/plain';
import { MIN_ANSWERS_FOR_RANGE } from '../../../lib/estimator/plain-answer';
import type { AuditPlatform } from '../../../lib/estimator/audit/plan';
import type { AuditSummary } from '../../../lib/estimator/audit/summary';
import { CALIBRATION } from '../../../lib/estimator/calibration/calibration.generated';
import { SPOT_SIGNS } from '../../../lib/estimator/hand/spot-check';
import { countOf, formatCount, formatPercent, formatPoints } from '../../../lib/numbers/format';
import type { DoubleSample, DoubleSampleEstimate } from '../../../lib/stats/double-sampling';
import type { CorrectedEstimate } from '../../../lib/stats/misclassification';
import { uniformFrom } from '../../../lib/stats/random';
import { assumedSpan, OWNER_FALSE_POSITIVE, OWNER_SENSITIVITY } from '../../../lib/estimator/hand/owner';
import { NOT_KEPT } from '../../../lib/site/not-kept';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { EstimateFigure } from '../EstimateFigure';
import { HandCheckAccounts } from './HandCheckAccounts';

/** How the hand check did in the simulation for about this many answers, by each owner simulated. */
function simulatedAfter(judged: number) {
  return CALIBRATION.handCheck.map(({ owner, results }) => ({
    owner,
    result: [...results].reverse().find((row) => row.accounts <= judged) ?? results[0]!,
  }));
}

/**
 * The check that measures the rules on this very audience: the owner judges accounts from the file 20 at a
 * time, blind to the rules' verdict, drawn where they narrow the range most, and the worker combines her
 * answers with the rules' verdict on every row (double sampling) after each batch she finishes. The accounts
 * drawn and the answers given go to `onChange`, which keeps them in this browser; `saved` brings them back
 * when the same file is audited again.
 */
export function AuditHandCheck({
  summary,
  platform,
  platformLabel,
  estimate,
  handEstimate,
  onHandCheck,
  saved,
  onChange,
  unsaved,
  example = false,
}: {
  summary: AuditSummary;
  platform: AuditPlatform;
  platformLabel: string;
  /** The automatic estimate: where the first accounts are drawn, and what the hand check is compared with. */
  estimate: CorrectedEstimate;
  handEstimate: DoubleSampleEstimate | undefined;
  onHandCheck: (sample: DoubleSample | undefined) => void;
  saved: AuditNote['handCheck'];
  onChange: (check: AuditNote['handCheck']) => void;
  /** The browser would not keep the answers. */
  unsaved: boolean;
  /** The site's made-up example file: its names link nowhere. */
  example?: boolean;
}) {
  const id = useId();
  const [accounts, setAccounts] = useState<CheckedAccount[]>(saved?.accounts ?? []);
  const [answers, setAnswers] = useState<HandAnswers>(saved?.answers ?? {});
  const [restored] = useState(() => Object.keys(saved?.answers ?? {}).length);
  // A new batch replaces the button that asked for it, and clearing removes the list: focus moves to the new
  // batch's first line, or back to the start button, never to the page.
  const batchStart = useRef<HTMLParagraphElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef<'batch' | 'start' | undefined>(undefined);
  const done = answeredBatches(accounts, answers);
  const sample = doubleSampleOf(summary, done, answers);
  const ready = canCombine(sample);
  const judged = done.filter((account) => answers[account.line] !== 'unsure').length;
  const answered = accounts.filter((account) => answers[account.line] !== undefined).length;
  const lastStart = Math.max(0, Math.ceil(accounts.length / HAND_CHECK_BATCH) - 1) * HAND_CHECK_BATCH;
  const current = accounts.slice(lastStart);
  const earlier = accounts.slice(0, lastStart);
  const currentDone = current.length > 0 && current.every((account) => answers[account.line] !== undefined);
  const offered = handCheckAvailable(summary);
  const canDrawMore = accounts.length < offered;
  // A finished batch answered "can't tell" throughout adds nothing: the estimate stays as it was.
  const lastFinished = done.slice(Math.max(0, done.length - HAND_CHECK_BATCH));
  const lastAllUnsure =
    lastFinished.length > 0 && lastFinished.every((account) => answers[account.line] === 'unsure');
  const { checkedFlagged, checkedNotFlagged } = sample;
  const sampleKey = [
    checkedFlagged.fake,
    checkedFlagged.real,
    checkedNotFlagged.fake,
    checkedNotFlagged.real,
    ready,
  ].join();

  useEffect(() => {
    // Answers that no longer combine (all changed to "can't tell", or cleared) take the estimate away.
    onHandCheck(ready ? sample : undefined);
  }, [sampleKey]);
  useEffect(() => {
    if (!moveFocus.current) return;
    const target = moveFocus.current === 'batch' ? batchStart.current : startButton.current;
    moveFocus.current = undefined;
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  }, [accounts.length]);

  if (offered === 0) return null;

  const record = (nextAccounts: CheckedAccount[], nextAnswers: HandAnswers) => {
    setAccounts(nextAccounts);
    setAnswers(nextAnswers);
    onChange(nextAccounts.length > 0 ? { accounts: nextAccounts, answers: nextAnswers } : undefined);
  };
  const drawBatch = () => {
    moveFocus.current = 'batch';
    record(
      [...accounts, ...nextBatch(summary.handCheckPool, summary, estimate, accounts, answers, uniformFrom())],
      answers,
    );
  };
  const clearAll = () => {
    moveFocus.current = 'start';
    record([], {});
  };
  const answer = (line: number, value: HandAnswer) => record(accounts, { ...answers, [line]: value });
  const listProps = { answers, platform, platformLabel, name: id, onAnswer: answer, example };
  const simulated = simulatedAfter(judged);
  const calledFake = sample.checkedFlagged.fake + sample.checkedNotFlagged.fake;
  const calledReal = sample.checkedFlagged.real + sample.checkedNotFlagged.real;
  const batchNumber = Math.ceil(accounts.length / HAND_CHECK_BATCH);

  return (
    <section class="hand-check" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Narrow it down: check accounts by hand</h4>
      <p>
        The range above rests on other people’s audiences. Open a few accounts from your file and say what you
        see: the rules are then measured on your own followers. Accounts come {HAND_CHECK_BATCH} at a time,
        about five minutes a batch, drawn from the flagged and the unflagged ones where they narrow the range
        most, and mixed so that the list does not say which is which. Each batch you finish updates the
        estimate.
      </p>
      {example && (
        <p class="meta">
          The names in the example file are made up, so there is nothing to open: answer as you guess, to see
          how the check works.
        </p>
      )}
      {accounts.length === 0 ? (
        <button type="button" class="button" ref={startButton} onClick={drawBatch}>
          Check {formatCount(Math.min(HAND_CHECK_BATCH, offered))} accounts by hand
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
          {earlier.length > 0 && (
            <details>
              <summary>Your answers to the first {formatCount(earlier.length)} accounts</summary>
              <HandCheckAccounts accounts={earlier} label="Accounts you checked earlier" {...listProps} />
            </details>
          )}
          <p class="batch-start" ref={batchStart} tabIndex={-1}>
            Batch {formatCount(batchNumber)}: accounts {formatCount(lastStart + 1)} to{' '}
            {formatCount(accounts.length)}.
          </p>
          <HandCheckAccounts accounts={current} label="Accounts to check by hand" {...listProps} />
          {currentDone &&
            (canDrawMore ? (
              <button type="button" class="button" onClick={drawBatch}>
                Check {formatCount(Math.min(HAND_CHECK_BATCH, offered - accounts.length))} more
              </button>
            ) : (
              <p class="meta">
                That is every account the check offers for this file ({countOf(accounts.length, 'account')}).
              </p>
            ))}
          {lastAllUnsure && (
            <p class="notice">
              You could not judge any account in the last batch, so the estimate stays as it was.
              {canDrawMore && ` Check ${HAND_CHECK_BATCH} more to move it.`}
            </p>
          )}
          {done.length === 0 ? (
            <p class="meta">Finish this batch and the estimate on your followers appears here.</p>
          ) : !ready ? (
            <p class="meta">
              Too few of the accounts could be judged to combine with the rules yet.
              {canDrawMore &&
                ` Check ${HAND_CHECK_BATCH} more and the estimate on your followers appears here.`}
            </p>
          ) : handEstimate ? (
            <div aria-live="polite">
              <p class="headline">{handCheckHeadline(handEstimate, judged)}</p>
              {judged >= MIN_ANSWERS_FOR_RANGE && (
                <EstimateFigure estimate={handEstimate} label="Likely range, checked on your followers" />
              )}
              <p>{whichToBelieve(estimate, handEstimate, judged)}</p>
              <p>
                After {countOf(done.length, 'account')}: you called {formatCount(calledFake)} fake, and the
                rules had flagged {formatCount(sample.checkedFlagged.fake)} of them; you called{' '}
                {formatCount(calledReal)} real, and the rules had flagged{' '}
                {formatCount(sample.checkedFlagged.real)} of those. This range is{' '}
                {formatPoints(handEstimate.high - handEstimate.low)} wide, against{' '}
                {formatPoints(estimate.high - estimate.low)} for the range from labelled accounts (
                {formatPercent(estimate.low)} to {formatPercent(estimate.high)}).
                {canDrawMore && ' More answers narrow it.'}
              </p>
              <p class="meta">
                Your own judgement can be wrong too: the range allows for you catching{' '}
                {assumedSpan(OWNER_SENSITIVITY)} of bought accounts and mistaking{' '}
                {assumedSpan(OWNER_FALSE_POSITIVE)} of real people, an assumption explained in the method. In
                simulated checks on labelled audiences left out of the fit, after{' '}
                {countOf(simulated[0]!.result.accounts, 'account')}, ranges like this held the true share{' '}
                {simulated
                  .map(
                    ({ owner, result }) =>
                      `${formatPercent(result.coverage, 3)} of the time for an owner who catches ${formatPercent(owner.sensitivity)} of bought accounts and mistakes ${formatPercent(owner.falsePositiveRate)} of people`,
                  )
                  .join(', and ')}
                .
              </p>
            </div>
          ) : (
            <p class="meta">Working out the estimate…</p>
          )}
          <p class="meta">
            {unsaved
              ? NOT_KEPT
              : 'Your answers are kept in this browser only: after a reload, choose the same file again and they come back.'}
          </p>
          <ConfirmButton
            label="Clear the hand check"
            question={`Clear the ${countOf(accounts.length, 'account')} drawn and your ${answered === 1 ? 'answer' : `${formatCount(answered)} answers`}?`}
            confirmLabel="Yes, clear them"
            keepLabel="Keep them"
            onConfirm={clearAll}
          />
        </>
      )}
    </section>
  );
}
