import { HAND_ANSWER_LABELS, timeToCheck, type HandAnswer } from '../../lib/estimator/hand/answers';
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { handCheckEstimate } from '../../lib/estimator/hand/owner';
import {
  sampleSizeChoices,
  SPOT_DEFAULT_MARGIN,
  spotTally,
  type SpotMargin,
  type SpotSignId,
} from '../../lib/estimator/hand/spot-check';
import { accountOf, type HistoryPlatform } from '../../lib/history/formats';
import { PLATFORM_NAMES, profileUrl } from '../../lib/platforms';
import { formatDay, formatDays } from '../../lib/history/arrivals';
import { shownName } from '../../lib/history/saved';
import type { ExportSample } from '../../lib/history/state';
import { sameSampleKind, sampleScopeKey, sampleScopeText, type SampleScope } from '../../lib/history/summary';
import type { BurstSummary } from '../../lib/history/summary';
import { countOf, formatCount, formatPercent } from '../../lib/numbers/format';
import { likelyRangeText, MIN_ANSWERS_FOR_RANGE } from '../../lib/estimator/plain-answer';
import { samplesHeadline } from '../../lib/history/plain';
import { publishEstimate } from '../../stores/estimate';
import { AccountVerdict } from '../estimator/AccountVerdict';
import { HandCheckResult } from '../estimator/HandCheckResult';
import { ConfirmButton } from '../shared/ConfirmButton';
import { SampleSizeChoices } from '../estimator/SampleSizeChoices';

interface Props {
  /** The site's made-up example export: its names are nobody's, so none is linked. */
  example: boolean;
  platform: HistoryPlatform;
  total: number;
  bursts: readonly BurstSummary[];
  samples: readonly ExportSample[];
  /** A burst the owner asked to sample from its card. */
  requested: SampleScope | undefined;
  /** False after a reload: the names are not stored, so the export must be chosen again. */
  canDraw: boolean;
  drawing: boolean;
  onDraw: (scope: SampleScope, margin: SpotMargin, size: number, population: number) => void;
  onAnswer: (sample: number, position: number, answer: HandAnswer) => void;
  onToggleSign: (sample: number, position: number, sign: SpotSignId) => void;
  onDiscard: (sample: number) => void;
}

/** Plan, draw and judge samples of real names from the export: of everyone, and of one burst. */
export function HistoryHandCheck(props: Props) {
  const { samples, total } = props;
  const comparable = samples
    .map((sample) => {
      const tally = spotTally(sample);
      const judged = tally.real + tally.fake;
      const estimate = handCheckEstimate(tally.fake, Math.max(1, judged));
      return { sample, tally, judged, estimate };
    })
    .filter(({ judged }) => judged > 0);
  const everyone = comparable.find(({ sample }) => sample.scope.kind === 'all');
  const burst = comparable.find(({ sample }) => sample.scope.kind === 'burst');
  return (
    <section class="name-sample" aria-labelledby="name-sample-title">
      <h3 id="name-sample-title">Check real names</h3>
      <p>
        A random sample of the names in the export, each with a link to the profile, judged by the same
        checklist as the spot-check. The estimate and its range work the same way, and your answers are saved
        in this browser as you go.
      </p>
      <SamplePlanner {...props} />
      {samples.map((sample, index) => (
        <SampleInProgress key={sampleScopeKey(sample.scope)} {...props} sample={sample} index={index} />
      ))}
      {everyone && burst && (
        <section class="tool-result" aria-labelledby="sample-compare-title">
          <h3 id="sample-compare-title">The two samples side by side</h3>
          <p class="headline">{samplesHeadline(everyone, burst)}</p>
          <ul>
            {[everyone, burst].map(({ sample, tally, judged, estimate }) => (
              <li key={sampleScopeKey(sample.scope)}>
                Among {sampleScopeText(sample.scope, total)}: <strong>{formatPercent(estimate.share)}</strong>{' '}
                look fake
                {judged >= MIN_ANSWERS_FOR_RANGE && `, ${likelyRangeText(estimate)}`} (
                {formatCount(tally.fake)} of {formatCount(judged)} judged).
              </li>
            ))}
          </ul>
          <p class="meta">
            When the two ranges do not overlap, the burst really is different from the rest of the audience.
            When they overlap, these samples cannot tell them apart: check more of the burst before deciding
            anything.
          </p>
        </section>
      )}
    </section>
  );
}

function SamplePlanner({ platform, total, bursts, samples, requested, canDraw, drawing, onDraw }: Props) {
  const id = useId();
  const scopes: { scope: SampleScope; population: number; label: string }[] = [
    { scope: { kind: 'all' }, population: total, label: `All ${countOf(total, 'follower')}` },
    ...bursts.map((burst, index) => ({
      scope: { kind: 'burst', start: burst.start, end: burst.end } as SampleScope,
      population: burst.arrived,
      label: `Burst ${index + 1}: the ${formatCount(burst.arrived)} who came ${burst.start === burst.end ? 'on' : 'from'} ${formatDays(burst.start, burst.end)}`,
    })),
  ];
  const [chosen, setChosen] = useState(sampleScopeKey({ kind: 'all' }));
  const [margin, setMargin] = useState<SpotMargin>(SPOT_DEFAULT_MARGIN);
  useEffect(() => {
    if (requested) setChosen(sampleScopeKey(requested));
  }, [requested]);
  const option = scopes.find((candidate) => sampleScopeKey(candidate.scope) === chosen) ?? scopes[0]!;
  const choices = useMemo(
    () => (option.population > 0 ? sampleSizeChoices(option.population) : []),
    [option.population],
  );
  const size = choices.find((choice) => choice.margin === margin)?.size ?? 0;
  // Only a sample with answers is worth a warning: an unanswered one is simply drawn again.
  const replaces = samples.some(
    (sample) => sameSampleKind(sample.scope, option.scope) && Object.keys(sample.answers).length > 0,
  );
  return (
    <form
      class="tool-form"
      aria-label="Plan a sample of names"
      onSubmit={(event) => {
        event.preventDefault();
        if (canDraw && size > 0) onDraw(option.scope, margin, size, option.population);
      }}
    >
      <fieldset>
        <legend>Whom to check</legend>
        {scopes.map((candidate) => (
          <label key={sampleScopeKey(candidate.scope)} class="choice">
            <input
              type="radio"
              name={`${id}-scope`}
              checked={sampleScopeKey(candidate.scope) === chosen}
              onChange={() => setChosen(sampleScopeKey(candidate.scope))}
            />
            {candidate.label}
          </label>
        ))}
      </fieldset>
      <SampleSizeChoices choices={choices} margin={margin} onChoose={setMargin} />
      <p>
        You will look at <strong>{formatCount(size)}</strong> of {formatCount(option.population)}, drawn at
        random: {timeToCheck(size)}.
        {replaces && ' This replaces the sample of the same kind you drew before, and your answers to it.'}
      </p>
      {!canDraw && (
        <p class="notice">
          To draw a sample, choose the export again above: the list of names is read each time and never
          stored in this browser. Your samples and answers below are kept.
        </p>
      )}
      <button type="submit" class="button primary" disabled={!canDraw || size === 0 || drawing}>
        {drawing ? 'Drawing…' : `Pick ${formatCount(size)} ${PLATFORM_NAMES[platform]} followers to check`}
      </button>
    </form>
  );
}

function accountAbout(platform: HistoryPlatform, name: string, day: number | undefined, example: boolean) {
  const followed = day === undefined ? '' : ` Followed on ${formatDay(day)}.`;
  if (example)
    return (
      <p>
        {shownName(name)} is a made-up name from the example export, so there is no profile to open: answer as
        you guess, to see how the check works.{followed}
      </p>
    );
  const link = profileUrl(platform, accountOf(platform, name));
  if (link)
    return (
      <p>
        <a href={link} target="_blank" rel="noopener noreferrer">
          Open {platform === 'x' ? `account ${shownName(name)}` : shownName(name)} on{' '}
          {PLATFORM_NAMES[platform]}
        </a>{' '}
        (opens in a new tab).{followed}
      </p>
    );
  return (
    <p>
      Find {shownName(name)} in your list of followers on {PLATFORM_NAMES[platform]}:{' '}
      {platform === 'facebook'
        ? 'the export gives display names, not links to profiles.'
        : `this is not a valid ${PLATFORM_NAMES[platform]} user name, so no link is made to it.`}
      {followed}
    </p>
  );
}

function SampleInProgress({
  example,
  platform,
  total,
  sample,
  index: sampleIndex,
  onAnswer,
  onToggleSign,
  onDiscard,
}: Props & { sample: ExportSample; index: number }) {
  const { accounts, answers, signs } = sample;
  const firstOpen = accounts.findIndex((_, at) => !answers[at + 1]);
  const [index, setIndex] = useState(firstOpen === -1 ? 0 : firstOpen);
  const tally = spotTally(sample);
  const judged = tally.real + tally.fake;
  const account = accounts[index] ?? accounts[0]!;
  const position = index + 1;
  const estimate = useMemo(
    () => (judged > 0 ? handCheckEstimate(tally.fake, judged) : undefined),
    [tally.fake, judged],
  );
  useEffect(() => {
    if (estimate && sample.scope.kind === 'all')
      publishEstimate({
        label: `Export check of ${countOf(judged, 'follower')}`,
        followers: total,
        fakeShare: estimate,
      });
  }, [estimate, total, judged, sample.scope.kind]);

  function nextOpen() {
    const after = accounts.findIndex((_, at) => at > index && !answers[at + 1]);
    const any = after === -1 ? accounts.findIndex((_, at) => !answers[at + 1]) : after;
    if (any !== -1) setIndex(any);
  }

  const headingId = `sample-${sampleScopeKey(sample.scope)}`;
  return (
    <section class="sample-progress" aria-labelledby={headingId}>
      <h3 id={headingId}>Sample of {sampleScopeText(sample.scope, total)}</h3>
      <p>
        <strong>
          {formatCount(tally.answered)} of {formatCount(accounts.length)}
        </strong>{' '}
        checked, drawn from {formatCount(sample.population)}.
      </p>
      <progress
        max={accounts.length}
        value={tally.answered}
        aria-label={`Accounts checked in the sample of ${sampleScopeText(sample.scope, total)}`}
      />
      <AccountVerdict
        title={shownName(account.name)}
        about={accountAbout(platform, account.name, account.day, example)}
        subject={shownName(account.name)}
        answer={answers[position]}
        signs={signs[position] ?? []}
        onAnswer={(answer) => onAnswer(sampleIndex, position, answer)}
        onToggleSign={(sign) => onToggleSign(sampleIndex, position, sign)}
        index={index}
        count={accounts.length}
        allAnswered={tally.answered === accounts.length}
        onMove={setIndex}
        onNextOpen={nextOpen}
      />
      <div class="tool-result">
        {estimate ? (
          <HandCheckResult
            followers={sample.population}
            checked={tally.answered}
            fake={tally.fake}
            unsure={tally.unsure}
          />
        ) : (
          <p class="meta">Answer at least one account as real or fake and the estimate appears here.</p>
        )}
      </div>
      <details class="spot-list">
        <summary>All sampled names and your answers</summary>
        <ol>
          {accounts.map((candidate, at) => (
            <li key={`${candidate.name}-${at}`}>
              {shownName(candidate.name)}:{' '}
              {answers[at + 1] ? HAND_ANSWER_LABELS[answers[at + 1]!] : 'not checked yet'}
            </li>
          ))}
        </ol>
      </details>
      <ConfirmButton
        label="Discard this sample"
        question="Discard this sample and its answers?"
        onConfirm={() => onDiscard(sampleIndex)}
      />
    </section>
  );
}
