import { HAND_ANSWER_LABELS, minutesToCheck, type HandAnswer } from '../../../lib/estimator/hand/answers';
import { useStore } from '@nanostores/preact';
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { encodeSharedView, type SharedView } from '../../../lib/estimator/share-state';
import {
  SPOT_MARGINS,
  spotTally,
  type SpotMargin,
  type SpotProgress,
} from '../../../lib/estimator/hand/spot-check';
import { messageOnceTyped, parseCount } from '../../../lib/numbers/count';
import { countOf, formatCount } from '../../../lib/numbers/format';
import { HAND_CHECK_RATES } from '../../../lib/estimator/hand/owner';
import { correctedShare } from '../../../lib/stats/misclassification';
import { plannedSampleSize } from '../../../lib/stats/proportion';
import { samplePositions } from '../../../lib/stats/random';
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

type SpotView = Extract<SharedView, { mode: 'spot' }>;

// How long one account takes to judge by hand, for the time estimate shown before starting.

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
  const marginName = useId();
  const [followersText, setFollowersText] = useState('');
  const [margin, setMargin] = useState<SpotMargin>(0.1);
  const followers = parseCount(followersText, { label: 'followers', max: 1_000_000_000 });
  const size = followers.ok ? plannedSampleSize({ margin, population: followers.value }) : undefined;

  function draw() {
    if (!followers.ok || size === undefined) return;
    startSpotCheck(followers.value, margin, samplePositions(followers.value, size));
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
      <fieldset>
        <legend>How close do you need the answer to be?</legend>
        {SPOT_MARGINS.map((option) => (
          <label key={option} class="choice">
            <input
              type="radio"
              name={marginName}
              checked={margin === option}
              onChange={() => setMargin(option)}
            />
            Within {Math.round(option * 100)} percentage points, 19 times out of 20
          </label>
        ))}
      </fieldset>
      {size !== undefined && followers.ok ? (
        <p>
          You will look at <strong>{formatCount(size)}</strong> randomly chosen followers out of{' '}
          {formatCount(followers.value)}: about {minutesToCheck(size)} minutes.
        </p>
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
  const estimate = useMemo(
    () => (judged > 0 ? correctedShare(tally.fake, judged, HAND_CHECK_RATES) : undefined),
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

      <AccountVerdict
        title={<>Follower number {formatCount(position)}</>}
        about={
          <p class="meta">
            Open the account’s follower list and count down to number {formatCount(position)}. Keep the same
            order for every account you check.
          </p>
        }
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
        {estimate ? (
          <HandCheckResult
            followers={followers}
            checked={tally.answered}
            fake={tally.fake}
            unsure={tally.unsure}
          />
        ) : (
          <p class="meta">Answer at least one account as real or fake and the estimate appears here.</p>
        )}
        {estimate && (
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
      <p>
        Someone checked {formatCount(view.checked)} randomly chosen followers of an account with{' '}
        {countOf(view.followers, 'follower')} and sent you the result. Your own saved progress is untouched.
      </p>
      <HandCheckResult
        followers={view.followers}
        checked={view.checked}
        fake={view.fake}
        unsure={view.unsure}
      />
      <button type="button" class="button" onClick={onLeave}>
        {hasOwn ? 'Back to your own spot-check' : 'Start your own spot-check'}
      </button>
    </section>
  );
}
