import { useId } from 'preact/hooks';
import { lossShare, type ExportComparison, type ExportIdentity } from '../../lib/history/compare';
import { formatDay, formatDays } from '../../lib/history/arrivals';
import { accountOf, type HistoryPlatform } from '../../lib/history/formats';
import { countOf, formatCount, formatPercent } from '../../lib/numbers/format';
import { profileUrl } from '../../lib/platforms';
import { comparisonHeadline } from '../../lib/history/plain';
import { ComparisonChart } from './ComparisonChart';

/** Who left and who came, as the worker sent them: shown while the page is open, never stored. */
export interface ComparedNames {
  left: string[];
  came: string[];
}

/** "13 Jun 2025", or the export's latest follow when its file name gives no date. */
function whenMade(identity: ExportIdentity): string {
  if (identity.day === undefined) return 'an undated export';
  return identity.dated === 'file'
    ? formatDay(identity.day)
    : `the export whose latest follow is ${formatDay(identity.day)}`;
}

function Names({
  platform,
  names,
  total,
  title,
  example,
}: {
  /** A comparison with the made-up example: its names are nobody's, so none is linked. */
  example: boolean;
  platform: HistoryPlatform;
  names: string[] | undefined;
  total: number;
  title: string;
}) {
  if (total === 0) return null;
  if (!names)
    return (
      <p class="meta">
        {title}: {formatCount(total)}. The names are not kept in this browser: choose the two exports again to
        see them.
      </p>
    );
  return (
    <details>
      <summary>
        {title} ({formatCount(total)})
      </summary>
      <ul class="export-notes">
        {names.map((name) => {
          const url = example ? undefined : profileUrl(platform, accountOf(platform, name));
          return (
            <li key={name}>
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {name}
                </a>
              ) : (
                name
              )}
            </li>
          );
        })}
      </ul>
      {total > names.length && (
        <p class="meta">
          And {countOf(total - names.length, 'more')}: the counts are whole, the list is cut.
        </p>
      )}
    </details>
  );
}

/**
 * Another export of the same account, chosen here, compared with the one read: who left and who came, and how
 * much of each earlier burst has gone next to everyone else. The lists are compared in the worker, never merged.
 */
export function CompareExports({
  example,
  comparison,
  names,
  error,
  comparing,
  onCompare,
}: {
  /** The export read is the site's made-up example. */
  example: boolean;
  comparison: ExportComparison | undefined;
  names: ComparedNames | undefined;
  error: string | undefined;
  comparing: boolean;
  onCompare: (files: File[]) => void;
}) {
  const inputId = useId();
  return (
    <section aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>Compare with another export</h3>
      <p>
        Download your data every few months and choose an earlier or later export of this account here: you
        will see who left and who came, and whether a burst of followers has gone since. The two lists are
        compared on your device, never merged, and only the counts are kept.
      </p>
      <label for={inputId}>Choose another export of this account</label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".zip,.json,.html,.htm,.txt,.js,application/zip,application/json,text/html,text/plain"
        aria-describedby={error ? `${inputId}-error` : undefined}
        aria-invalid={error ? 'true' : undefined}
        onChange={(event) => onCompare([...(event.currentTarget.files ?? [])])}
      />
      {error && (
        <p class="field-error" id={`${inputId}-error`} role="alert">
          {error}
        </p>
      )}
      <p role="status" class="audit-status">
        {comparing ? 'Reading the other export…' : ''}
      </p>
      {comparison && (
        <div class="tool-result export-comparison">
          <h4>
            What changed between {whenMade(comparison.earlier.identity)} and{' '}
            {whenMade(comparison.later.identity)}
          </h4>
          <p class="headline">{comparisonHeadline(comparison)}</p>
          <p>
            <strong>{formatCount(comparison.came)}</strong> came and{' '}
            <strong>{formatCount(comparison.left)}</strong> left: from{' '}
            {countOf(comparison.earlier.total, 'follower')} to {formatCount(comparison.later.total)} (
            {comparison.later.total >= comparison.earlier.total ? '+' : '−'}
            {formatCount(Math.abs(comparison.later.total - comparison.earlier.total))}).
          </p>
          <ul class="export-notes">
            {comparison.bursts.map((burst) => (
              <li key={burst.start}>
                <strong>
                  {formatCount(burst.gone)} of the {formatCount(burst.arrived)}
                </strong>{' '}
                who came {burst.start === burst.end ? 'on' : 'from'} {formatDays(burst.start, burst.end)} have
                gone ({formatPercent(lossShare({ of: burst.arrived, gone: burst.gone }), 0)}).
              </li>
            ))}
            <li>
              Of everyone else with a follow date, {formatPercent(lossShare(comparison.ordinary), 0)} have
              gone ({formatCount(comparison.ordinary.gone)} of {formatCount(comparison.ordinary.of)}): the
              ordinary loss to set a burst beside.
            </li>
          </ul>
          {comparison.weekly && <ComparisonChart weekly={comparison.weekly} />}
          <Names
            platform={comparison.platform}
            names={names?.left}
            total={comparison.left}
            title="Who left"
            example={example}
          />
          <Names
            platform={comparison.platform}
            names={names?.came}
            total={comparison.came}
            title="Who came"
            example={example}
          />
        </div>
      )}
    </section>
  );
}
