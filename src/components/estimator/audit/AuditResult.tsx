import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { explainCorrection, narrowingText } from '../../../lib/estimator/audit/explain';
import { auditHeadline } from '../../../lib/estimator/audit/plain';
import { LIKELY_RANGE_GLOSS } from '../../../lib/estimator/plain-answer';
import { AUDIT_PLATFORMS, type AuditPlatform } from '../../../lib/estimator/audit/plan';
import {
  auditNotes,
  MAX_FOLLOWERS_TEXT,
  noteFor,
  withNote,
  type AuditKey,
  type AuditNote,
} from '../../../lib/estimator/audit/saved';
import type { AuditOutcome } from '../../../lib/estimator/audit/run';
import { messageOnceTyped, parseCount } from '../../../lib/numbers/count';
import { countOf, formatCount } from '../../../lib/numbers/format';
import { tierPoints } from '../../../lib/estimator/profile/model';
import type { DoubleSample, DoubleSampleEstimate } from '../../../lib/stats/double-sampling';
import { extrapolateCount } from '../../../lib/stats/proportion';
import { publishEstimate } from '../../../stores/estimate';
import { NOT_KEPT } from '../../../lib/site/not-kept';
import { TextField } from '../../shared/TextField';
import { EstimateFigure } from '../EstimateFigure';
import { AuditHandCheck } from './AuditHandCheck';
import { ScoreHistogram } from './ScoreHistogram';
import { sitePath } from '../../../lib/site/path';

/** Said once wherever accounts are listed by line: a file's lines are not its rows. */
const LINES_NOTE =
  'Line numbers are the file’s own, the header being line 1; a bio written over several lines takes more than one, so they can run past the number of rows.';

const secondsText = (milliseconds: number) =>
  milliseconds < 100 ? 'under a tenth of a second' : `${(milliseconds / 1000).toFixed(1)} seconds`;

export interface AuditResultProps {
  outcome: AuditOutcome;
  /** The file's name and size, which its saved notes are found by. */
  file: AuditKey['file'];
  /** Its name as shown, shortened. */
  fileName: string;
  milliseconds: number;
  download: { url: string; name: string } | 'working' | undefined;
  onExport: () => void;
  onPlatform: (platform: AuditPlatform) => void;
  handEstimate: DoubleSampleEstimate | undefined;
  /** Asks for the estimate from these answers, or, given undefined, drops the one shown. */
  onHandCheck: (sample: DoubleSample | undefined) => void;
  /** Set when the heading should take the focus once drawn; cleared when it has. */
  focusHeading?: { current: boolean };
  /** The site's made-up example file: said so first, and its made-up names link nowhere. */
  example?: boolean;
}

export function AuditResult({
  outcome,
  file,
  fileName,
  milliseconds,
  download,
  onExport,
  onPlatform,
  handEstimate,
  onHandCheck,
  focusHeading,
  example = false,
}: AuditResultProps) {
  const { summary, plan, estimate } = outcome;
  const id = useId();
  const saveLink = useRef<HTMLAnchorElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusHeading?.current) return;
    focusHeading.current = false;
    heading.current?.focus();
  }, []);
  const key: AuditKey = { file, platform: plan.platform, scored: summary.scored, flagged: summary.flagged };
  // What the owner typed and answered on this same audit before a reload comes back.
  const [restored] = useState(() => noteFor(auditNotes.read() ?? [], key));
  const [totalText, setTotalText] = useState(restored?.followers ?? '');
  const [handCheck, setHandCheck] = useState<AuditNote['handCheck']>(restored?.handCheck);
  const edited = useRef(false);
  const [unsaved, setUnsaved] = useState(false);
  const total = parseCount(totalText, { label: 'followers', max: 1_000_000_000 });
  const totalFollowers = total.ok ? total.value : undefined;
  const best = handEstimate ?? estimate;
  const implied = best && totalFollowers ? extrapolateCount(best, totalFollowers) : undefined;
  const explained = estimate ? explainCorrection(plan, estimate) : undefined;
  const platformLabel = AUDIT_PLATFORMS.find((option) => option.id === plan.platform)!.label;

  useEffect(() => {
    if (!edited.current) return;
    const note: AuditNote = { ...key, followers: totalText, handCheck };
    setUnsaved(!auditNotes.write(withNote(auditNotes.read() ?? [], note)));
  }, [totalText, handCheck]);
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      edited.current = true;
      set(value);
    };

  // The file is ready a moment after the click that asked for it: start the download then.
  useEffect(() => {
    if (typeof download === 'object') saveLink.current?.click();
  }, [download]);

  useEffect(() => {
    if (best)
      publishEstimate({
        label: handEstimate
          ? `Sample audit of ${formatCount(summary.scored)} profiles, checked by hand`
          : `Sample audit of ${formatCount(summary.scored)} profiles`,
        fakeShare: best,
        ...(totalFollowers ? { followers: totalFollowers } : {}),
      });
  }, [best, summary, totalFollowers]);

  const scoring = (
    <>
      {summary.rows > 0 && (
        <p role="status">
          Scored {formatCount(summary.scored)} of {countOf(summary.rows, 'row')} in{' '}
          {secondsText(milliseconds)}.
        </p>
      )}
      <form
        class="platform-choice button-row"
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = new FormData(event.currentTarget).get('platform');
          if (typeof chosen === 'string' && chosen !== plan.platform) onPlatform(chosen as AuditPlatform);
        }}
      >
        <label for={`${id}-platform`}>Scored as followers on</label>{' '}
        <select id={`${id}-platform`} name="platform" value={plan.platform}>
          {AUDIT_PLATFORMS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>{' '}
        <button type="submit" class="button">
          Score again
        </button>
      </form>
    </>
  );

  return (
    <section class="tool-result" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Audit of {fileName}
      </h3>
      {estimate && explained ? (
        <>
          <p class="headline">{auditHeadline(estimate, example)}</p>
          <EstimateFigure estimate={estimate} />
          <p>{LIKELY_RANGE_GLOSS}</p>
          {scoring}
          <p>{explained.meaning}</p>
          {explained.why && <p>{explained.why}</p>}
          {!plan.calibrated && <p class="notice">{explained.uncalibrated}</p>}
          {outcome.projection && (
            <p>{narrowingText(estimate.high - estimate.low, outcome.projection, outcome.available)}</p>
          )}
          <AuditHandCheck
            key={`${fileName}:${plan.platform}`}
            summary={summary}
            platform={plan.platform}
            platformLabel={platformLabel}
            example={example}
            estimate={estimate}
            handEstimate={handEstimate}
            onHandCheck={onHandCheck}
            saved={restored?.handCheck}
            onChange={edit(setHandCheck)}
            unsaved={unsaved}
          />
          <p>
            {explained.summary} {formatCount(summary.flagged)} of {formatCount(summary.scored)} profiles show
            enough signs to be called likely fake.
          </p>
          <details class="correction">
            <summary>How this was worked out</summary>
            <p>{explained.rates}</p>
            <p>The likely range allows for:</p>
            <ul>
              {explained.rangeAllowsFor.map((item) => (
                <li key={item}>{item}.</li>
              ))}
            </ul>
            <p>
              <a href={sitePath('/tools/fake-follower-estimator/method/sample-audit/#calibration')}>
                How the rules were chosen and tested
              </a>
            </p>
          </details>
        </>
      ) : summary.scored > 0 ? (
        <>
          <p class="headline">Too few profiles could be scored to say what share of followers look fake.</p>
          {scoring}
          <p role="alert" class="field-error">
            Only {formatCount(summary.scored)} {summary.scored === 1 ? 'profile' : 'profiles'} could be
            scored: too few for an honest percentage. The rules flagged {formatCount(summary.flagged)} of
            them. Score a file of at least 30 followers for an estimate.
          </p>
        </>
      ) : (
        <>
          <p class="headline">Nothing in this file could be scored.</p>
          {scoring}
          <p role="alert" class="field-error">
            {summary.rows === 0
              ? 'The file has a header row but no followers under it, so there is nothing to score.'
              : 'None of the rows could be scored. The reasons are listed below.'}
          </p>
        </>
      )}

      {summary.scored > 0 && (
        <>
          {best && (
            <TextField
              label="Total followers of the account (optional)"
              hint="If this file is a sample, enter the full follower count to see how many fakes that implies."
              value={totalText}
              onInput={edit(setTotalText)}
              maxLength={MAX_FOLLOWERS_TEXT}
              error={messageOnceTyped(totalText, total)}
              inputMode="numeric"
            />
          )}
          {unsaved && <p class="meta">{NOT_KEPT}</p>}
          {implied && totalFollowers && (
            <p>
              Across {countOf(totalFollowers, 'follower')} that suggests about{' '}
              <strong>{formatCount(implied.count)}</strong> fake followers, between {formatCount(implied.low)}{' '}
              and {formatCount(implied.high)}.
            </p>
          )}
          <ScoreHistogram
            histogram={summary.histogram}
            flaggedFrom={Math.ceil((100 * plan.tier.cutoff) / tierPoints(plan.tier))}
          />
          <details class="suspects-box">
            <summary>The most suspicious accounts, and why</summary>
            <p class="meta">
              Checking accounts by hand? Open this afterwards: it says which accounts the rules flagged, and
              your judgement should be your own. {LINES_NOTE}
            </p>
            {summary.mostSuspicious.length > 0 ? (
              <ol class="suspects" aria-label="The most suspicious accounts">
                {summary.mostSuspicious.map((account) => (
                  <li key={account.line}>
                    <p>
                      <strong>{account.handle ? `@${account.handle}` : '(no name)'}</strong>{' '}
                      <span class="meta">
                        score {account.score}, line {formatCount(account.line)} of the file
                      </span>
                    </p>
                    <p>{account.reasons.join('; ')}.</p>
                  </li>
                ))}
              </ol>
            ) : (
              <p>No profile shows enough signs to be called likely fake.</p>
            )}
          </details>
          <p class="meta">
            Each sign has an innocent explanation too: new customers open new accounts, many real people never
            post or fill in a bio, and a giveaway or an advert brings in followers who stay quiet. A score is
            a reason to look, not proof.
          </p>
          <div class="button-row">
            <button
              type="button"
              class="button"
              aria-disabled={download === 'working'}
              onClick={() => (typeof download === 'object' ? saveLink.current?.click() : onExport())}
            >
              {download === 'working' ? 'Preparing the scored CSV…' : 'Download the scored CSV'}
            </button>
            {typeof download === 'object' && (
              <a href={download.url} download={download.name} ref={saveLink}>
                Save it again
              </a>
            )}
          </div>
        </>
      )}

      {summary.skipped > 0 && (
        <details open={summary.scored === 0}>
          <summary>
            {formatCount(summary.skipped)} {summary.skipped === 1 ? 'row was' : 'rows were'} skipped
          </summary>
          <ul>
            {summary.skippedExamples.map((row) => (
              <li key={row.line}>
                Line {formatCount(row.line)} of the file: {row.reason}
              </li>
            ))}
          </ul>
          <p class="meta">
            {summary.skipped > summary.skippedExamples.length &&
              `Only the first ${summary.skippedExamples.length} are listed. `}
            {LINES_NOTE}
          </p>
        </details>
      )}
    </section>
  );
}
