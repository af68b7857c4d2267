import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { benchmarkFor, QUICK_PLATFORMS, type QuickPlatform } from '../../../lib/estimator/quick/benchmarks';
import { PLATFORM_NAMES } from '../../../lib/platforms';
import {
  isQuickPlatform,
  parseQuickCheck,
  type QuickCheckField,
} from '../../../lib/estimator/quick/quick-check';
import { engagementRate } from '../../../lib/estimator/quick/rate';
import { readEngagement } from '../../../lib/estimator/quick/reading';
import { encodeSharedView } from '../../../lib/estimator/share-state';
import {
  EMPTY_QUICK_FIELDS,
  MAX_FIELD,
  quickDraft,
  type QuickFields,
} from '../../../lib/estimator/quick/saved';
import { countOf, formatCount, formatPercent, formatRate } from '../../../lib/numbers/format';
import { publishEstimate } from '../../../stores/estimate';
import { CopyLinkButton } from '../../shared/CopyLinkButton';
import { KeptNote } from '../../shared/KeptNote';
import { TextField } from '../../shared/TextField';
import { clearQuery, replaceQuery, shareUrl } from '../../shared/address';

interface Props {
  initial: QuickFields;
}

export function QuickCheck({ initial }: Props) {
  const [fields, setFields] = useState(initial);
  // Empty fields only get a message once the reader has typed in them: a fresh form is not an error.
  const [touched, setTouched] = useState<ReadonlySet<QuickCheckField>>(
    () =>
      new Set(
        Object.keys(initial).filter((key) => initial[key as QuickCheckField] !== '') as QuickCheckField[],
      ),
  );
  // Set by the first edit: until then the page only shows what it was given, and writes nothing.
  const edited = useRef(false);
  const [unsaved, setUnsaved] = useState(false);
  const parsed = useMemo(() => parseQuickCheck(fields), [fields]);
  const value = parsed.value;
  const rate = value ? engagementRate(value) : undefined;
  const benchmark = value ? benchmarkFor(value.platform, value.followers) : undefined;
  const reading = rate !== undefined && benchmark ? readEngagement(rate, benchmark) : undefined;
  const platformLabel = isQuickPlatform(fields.platform) ? PLATFORM_NAMES[fields.platform] : '';

  useEffect(() => {
    if (edited.current) setUnsaved(!quickDraft.write(fields));
  }, [fields]);

  useEffect(() => {
    if (!value || rate === undefined) {
      // The address must not keep numbers the form no longer shows: a reload would bring them back.
      if (edited.current && new URLSearchParams(window.location.search).get('mode') === 'quick') clearQuery();
      return;
    }
    publishEstimate({
      label: `Quick check (${platformLabel})`,
      followers: value.followers,
      engagementRate: rate,
    });
    const timer = window.setTimeout(() => replaceQuery(encodeSharedView({ mode: 'quick', ...value })), 400);
    return () => window.clearTimeout(timer);
  }, [value, rate, platformLabel]);

  const update = (field: QuickCheckField) => (text: string) => {
    edited.current = true;
    setFields((current) => ({ ...current, [field]: text }));
    setTouched((current) => new Set(current).add(field));
  };
  function clearFields() {
    edited.current = false;
    quickDraft.clear();
    setFields(EMPTY_QUICK_FIELDS);
    setTouched(new Set());
    setUnsaved(false);
    if (new URLSearchParams(window.location.search).get('mode') === 'quick') clearQuery();
  }
  const shown = (field: QuickCheckField) => (touched.has(field) ? parsed.errors[field] : undefined);

  return (
    <div class="quick-check">
      <div class="tool-form" role="group" aria-label="Quick check">
        <div class="field">
          <label for="quick-platform">Platform</label>
          <select
            id="quick-platform"
            value={fields.platform}
            onChange={(event) => update('platform')(event.currentTarget.value as QuickPlatform)}
          >
            {QUICK_PLATFORMS.map((platform) => (
              <option key={platform} value={platform}>
                {PLATFORM_NAMES[platform]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="Followers"
          value={fields.followers}
          onInput={update('followers')}
          maxLength={MAX_FIELD}
          error={shown('followers')}
          warning={parsed.warnings.followers}
          inputMode="numeric"
          hint="As the profile shows it, like 12,400 or 12.4k."
        />
        <TextField
          label="Average likes per post"
          value={fields.likes}
          onInput={update('likes')}
          maxLength={MAX_FIELD}
          error={shown('likes')}
          warning={parsed.warnings.likes}
          hint="Add up the likes on the last 10 to 12 posts and divide by the number of posts."
        />
        <TextField
          label="Average comments per post"
          value={fields.comments}
          onInput={update('comments')}
          maxLength={MAX_FIELD}
          error={shown('comments')}
          warning={parsed.warnings.comments}
        />
        <KeptNote
          unsaved={unsaved}
          canClear={fields.followers !== '' || fields.likes !== '' || fields.comments !== ''}
          onClear={clearFields}
        >
          Clear the numbers
        </KeptNote>
      </div>

      <section class="tool-result" aria-labelledby="quick-result-title">
        <h3 id="quick-result-title">What the numbers say</h3>
        {!value || rate === undefined ? (
          <p class="meta">Fill in the three numbers and the reading appears here as you type.</p>
        ) : (
          <>
            <p class="figure">
              <span class="figure-label" id="quick-rate-label">
                Engagement rate per post
              </span>
              <output aria-labelledby="quick-rate-label" class="figure-value">
                {formatRate(rate)}
              </output>
            </p>
            <p class="meta">
              ({formatCount(value.likes + value.comments)} likes and comments per post for{' '}
              {countOf(value.followers, 'follower')})
            </p>
            {benchmark && reading ? (
              <>
                <p class="reading-headline">
                  <strong>{reading.headline}</strong>
                </p>
                <p>{reading.comparison}</p>
                {reading.innocentCauses.length > 0 && (
                  <>
                    <h4>Innocent reasons for a gap</h4>
                    <ul>
                      {reading.innocentCauses.map((cause) => (
                        <li key={cause}>{cause}</li>
                      ))}
                    </ul>
                  </>
                )}
                <p>{reading.meaning}</p>
                <p>{reading.whatItDoesNotMean}</p>
                <p class="meta">
                  Benchmark for {platformLabel}: {benchmark.whose}. Usual range {formatPercent(benchmark.low)}{' '}
                  to {formatPercent(benchmark.high)}, typically {formatPercent(benchmark.typical)}. Source:{' '}
                  <a href={benchmark.source.url}>{benchmark.source.title}</a>, {benchmark.source.publisher},{' '}
                  {benchmark.source.year}.{benchmark.note ? ` ${benchmark.note}` : ''}
                </p>
              </>
            ) : (
              <p>
                There is no published benchmark for {platformLabel} accounts of this size, so there is nothing
                fair to compare with.
              </p>
            )}
            <CopyLinkButton
              link={() => shareUrl(encodeSharedView({ mode: 'quick', ...value }))}
              label="Copy link to this check"
            />
          </>
        )}
      </section>
    </div>
  );
}
