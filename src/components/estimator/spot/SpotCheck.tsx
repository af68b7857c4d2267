import { HAND_ANSWER_LABELS, timeToCheck, type HandAnswer } from '../../../lib/estimator/hand/answers';
import { useStore } from '@nanostores/preact';
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { encodeSharedView, type SharedView } from '../../../lib/estimator/share-link';
import {
  sampleSizeChoices,
  scrollingPlan,
  SPOT_DEFAULT_MARGIN,
  spotTally,
  stopInstruction,
  systematicPositions,
  type SpotMargin,
  type SpotProgress,
} from '../../../lib/estimator/hand/spot-check';
import { MIN_ANSWERS_FOR_RANGE } from '../../../lib/estimator/plain-answer';
import { messageOnceTyped, parseCount } from '../../../lib/numbers/count';
import { countOf, formatCount } from '../../../lib/numbers/format';
import { handCheckEstimate } from '../../../lib/estimator/hand/owner';
import { publishEstimate } from '../../../stores/estimate';
import {
  $spotProgress,
  $spotStorageNotice,
  answerPosition,
  discardSpotCheck,
  resetCorruptProgress,
  startSpotCheck,
  toggleSign,
} from '../../../stores/spot-check';
import { CopyLinkButton } from '../../shared/CopyLinkButton';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { TextField } from '../../shared/TextField';
import { clearQuery, shareUrl } from '../../shared/address';
import { AccountVerdict } from '../AccountVerdict';
import { HandCheckResult } from '../HandCheckResult';
import { SampleSizeChoices } from '../SampleSizeChoices';

type SpotView = Extract<SharedView, { mode: 'spot' }>;

export function SpotCheck({ shared }: { shared?: SpotView | undefined }) {
  const progress = useStore($spotProgress);
  const storageNotice = useStore($spotStorageNotice);
  const [showShared, setShowShared] = useState(Boolean(shared));
  useEffect(resetCorruptProgress, []);

  return (
    <div class="spot-check">
      {storageNotice && (
        <p class="notice" role="alert">
          {storageNotice}
        </p>
      )}
      {shared && showShared ? (
        <SharedSpotResult
          view={shared}
          onLeave={() => {
            setShowShared(false);
            clearQuery();
          }}
          hasOwn={Boolean(progress)}
        />
      ) : progress ? (
        <SpotCheckInProgress progress={progress} />
      ) : (
        <SpotCheckPlanner />
      )}
    </div>
  );
}

function SpotCheckPlanner() {
  const [followersText, setFollowersText] = useState('');
  const [margin, setMargin] = useState<SpotMargin>(SPOT_DEFAULT_MARGIN);
  const followers = parseCount(followersText, { label: 'followers', max: 1_000_000_000 });
  const count = followers.ok ? followers.value : undefined;
  const choices = useMemo(() => (count === undefined ? [] : sampleSizeChoices(count)), [count]);
  const size = choices.find((choice) => choice.margin === margin)?.size;
  const plan = count !== undefined && size !== undefined ? scrollingPlan(count, size) : undefined;

  function draw() {
    if (count === undefined || size === undefined) return;
    startSpotCheck(count, margin, systematicPositions(count, size));
  }

  return (
    <form
      class="tool-form"
      aria-label="Plan a spot-check"
      onSubmit={(event) => {
        event.preventDefault();
        draw();
      }}
    >
      <TextField
        label="How many followers does the account have?"
        value={followersText}
        onInput={setFollowersText}
        error={messageOnceTyped(followersText, followers)}
        inputMode="numeric"
      />
      {count !== undefined && size !== undefined && plan ? (
        <>
          <SampleSizeChoices choices={choices} margin={margin} onChoose={setMargin} />
          <p>
            You will look at <strong>{formatCount(size)}</strong> of the {formatCount(count)} followers:{' '}
            {timeToCheck(size)}.
          </p>
          <p>{plan.how}</p>
          <p class="meta">{plan.bias}</p>
          <p class="meta">
            If the account is yours, Follower history (above) is the better way: give it your data export and
            it draws names at random, with nothing to scroll or count.
          </p>
        </>
      ) : (
        <p class="meta">Enter the follower count to see how many accounts you would look at.</p>
      )}
      <button type="submit" class="button primary" disabled={size === undefined}>
        Pick the followers to check
      </button>
    </form>
  );
}

function SpotCheckInProgress({ progress }: { progress: SpotProgress }) {
  const { positions, followers, answers, signs } = progress;
  const firstOpen = positions.findIndex((position) => !answers[position]);
  const [index, setIndex] = useState(firstOpen === -1 ? 0 : firstOpen);
  const answerName = useId();
  const position = positions[index] ?? positions[0]!;
  const tally = spotTally(progress);
  const judged = tally.real + tally.fake;
  // Nothing goes to the comparator before a likely range can be shown.
  const estimate = useMemo(
    () => (judged >= MIN_ANSWERS_FOR_RANGE ? handCheckEstimate(tally.fake, judged) : undefined),
    [tally.fake, judged],
  );

  useEffect(() => {
    if (estimate)
      publishEstimate({
        label: `Spot-check of ${countOf(judged, 'follower')}`,
        followers,
        fakeShare: estimate,
      });
  }, [estimate, followers, judged]);

  function answer(value: HandAnswer) {
    answerPosition(position, value);
  }

  function nextOpen() {
    const after = positions.findIndex((candidate, at) => at > index && !answers[candidate]);
    const any = after === -1 ? positions.findIndex((candidate) => !answers[candidate]) : after;
    if (any !== -1) setIndex(any);
  }

  return (
    <div>
      <p>
        <strong>
          {formatCount(tally.answered)} of {formatCount(positions.length)}
        </strong>{' '}
        sampled followers checked, out of {formatCount(followers)}.
      </p>
      <progress max={positions.length} value={tally.answered} aria-label="Accounts checked" />
      <p class="meta">{scrollingPlan(followers, positions.length).bias}</p>

      <AccountVerdict
        title={<>Follower number {formatCount(position)}</>}
        about={<p class="meta">{stopInstruction(position, index > 0 ? positions[index - 1] : undefined)}</p>}
        subject={`follower number ${formatCount(position)}`}
        answer={answers[position]}
        signs={signs[position] ?? []}
        onAnswer={answer}
        onToggleSign={(sign) => toggleSign(position, sign)}
        index={index}
        count={positions.length}
        allAnswered={tally.answered === positions.length}
        onMove={setIndex}
        onNextOpen={nextOpen}
      />

      <section class="tool-result" aria-labelledby={`${answerName}-result`}>
        <h3 id={`${answerName}-result`}>
          {tally.answered === positions.length ? 'Your result' : 'Result so far'}
        </h3>
        {tally.answered > 0 ? (
          <HandCheckResult
            followers={followers}
            checked={tally.answered}
            fake={tally.fake}
            unsure={tally.unsure}
          />
        ) : (
          <p class="meta">Answer the first account and the result starts here.</p>
        )}
        {judged > 0 && (
          <CopyLinkButton
            label="Copy link to this result"
            link={() =>
              shareUrl(
                encodeSharedView({
                  mode: 'spot',
                  followers,
                  checked: tally.answered,
                  fake: tally.fake,
                  unsure: tally.unsure,
                }),
              )
            }
          />
        )}
      </section>

      <details class="spot-list">
        <summary>All sampled positions and your answers</summary>
        <ol>
          {positions.map((candidate) => (
            <li key={candidate}>
              Number {formatCount(candidate)}:{' '}
              {answers[candidate] ? HAND_ANSWER_LABELS[answers[candidate]] : 'not checked yet'}
            </li>
          ))}
        </ol>
      </details>

      <ConfirmButton
        label="Start a new spot-check"
        question="Discard this spot-check and its answers?"
        onConfirm={discardSpotCheck}
      />
    </div>
  );
}

function SharedSpotResult({
  view,
  onLeave,
  hasOwn,
}: {
  view: SpotView;
  onLeave: () => void;
  hasOwn: boolean;
}) {
  return (
    <section class="tool-result shared" aria-labelledby="shared-spot-title">
      <h3 id="shared-spot-title">A shared spot-check result</h3>
      <HandCheckResult
        followers={view.followers}
        checked={view.checked}
        fake={view.fake}
        unsure={view.unsure}
        judge="sender"
      />
      <p>
        Someone checked {formatCount(view.checked)} randomly chosen followers of an account with{' '}
        {countOf(view.followers, 'follower')} and sent you the result. Your own saved progress is untouched.
      </p>
      <button type="button" class="button" onClick={onLeave}>
        {hasOwn ? 'Back to your own spot-check' : 'Start your own spot-check'}
      </button>
    </section>
  );
}
