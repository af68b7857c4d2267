import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PLATFORM_NAMES } from '../../../lib/platforms';
import {
  isAccountKind,
  isQuickPlatform,
  parseBought,
  parseQuickCheck,
  QUICK_PLATFORMS,
  type AccountKind,
  type QuickCheckField,
  type QuickPlatform,
} from '../../../lib/estimator/quick/quick-check';
import { engagementRate } from '../../../lib/estimator/quick/rate';
import { encodeSharedView } from '../../../lib/estimator/share-link';
import {
  DEFAULT_QUICK_OPTIONS,
  EMPTY_QUICK_FIELDS,
  MAX_FIELD,
  quickDraft,
  quickOptionsDraft,
  type QuickOptions,
} from '../../../lib/estimator/quick/saved';
import { publishEstimate } from '../../../stores/estimate';
import { CopyLinkButton } from '../../shared/CopyLinkButton';
import { KeptNote } from '../../shared/KeptNote';
import { TextField } from '../../shared/TextField';
import { noteOn, restoredNotes, type FieldNotes, type RestoredFrom } from '../../shared/restored-notes';
import { tameFields, type TamedFields } from '../../../lib/text/tame';
import { clearQuery, replaceQuery, shareUrl } from '../../shared/address';
import type { QuickReading } from './QuickReading';

/** The fields the quick check opens with, tamed (from storage or a shared link), and what taming cut. */
export type QuickStart = TamedFields<QuickCheckField> & { source: RestoredFrom };

const fieldRoom = () => MAX_FIELD;

export function QuickCheck({ start }: { start: QuickStart }) {
  const initial = start.fields;
  const [fields, setFields] = useState(initial);
  // What taming cut from the fields and options restored, said under each while it holds what was restored.
  const [notes, setNotes] = useState<FieldNotes<QuickCheckField | keyof QuickOptions>>({});
  const addNotes = (more: FieldNotes<QuickCheckField | keyof QuickOptions>) =>
    setNotes((current) => ({ ...current, ...more }));
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
  // Whose account and the what-if's number: the page's defaults until the browser's saved ones are read.
  const [options, setOptions] = useState<QuickOptions>(DEFAULT_QUICK_OPTIONS);
  const [boughtTouched, setBoughtTouched] = useState(false);
  const optionsEdited = useRef(false);
  const parsed = useMemo(() => parseQuickCheck(fields), [fields]);
  const value = parsed.value;
  const account: AccountKind = isAccountKind(options.account) ? options.account : 'business';
  const boughtParse = parseBought(options.bought);
  const rate = value ? engagementRate(value) : undefined;
  // The reading is a chunk of its own, fetched once there are numbers to read (see QuickReading).
  const [Reading, setReading] = useState<typeof QuickReading>();
  useEffect(() => {
    if (value && !Reading)
      void import('./QuickReading').then((module) => setReading(() => module.QuickReading));
  }, [value, Reading]);
  const platformLabel = isQuickPlatform(fields.platform) ? PLATFORM_NAMES[fields.platform] : '';

  useEffect(() => {
    if (edited.current) setUnsaved(!quickDraft.write(fields));
  }, [fields]);

  // Read after hydration: the server cannot know what this browser kept.
  useEffect(() => {
    void restoredNotes(start, start.source, fieldRoom).then(addNotes);
    const kept = quickOptionsDraft.read();
    if (kept) {
      const tamed = tameFields(kept, fieldRoom);
      setOptions(tamed.fields);
      setBoughtTouched(true);
      void restoredNotes(tamed, 'storage', fieldRoom).then(addNotes);
    }
  }, []);

  useEffect(() => {
    if (optionsEdited.current) setUnsaved(!quickOptionsDraft.write(options));
  }, [options]);

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
  const updateOption = (field: keyof QuickOptions) => (text: string) => {
    optionsEdited.current = true;
    setOptions((current) => ({ ...current, [field]: text }));
    if (field === 'bought') setBoughtTouched(true);
  };
  function clearFields() {
    edited.current = false;
    optionsEdited.current = false;
    quickDraft.clear();
    quickOptionsDraft.clear();
    setFields(EMPTY_QUICK_FIELDS);
    setOptions(DEFAULT_QUICK_OPTIONS);
    setTouched(new Set());
    setBoughtTouched(false);
    setUnsaved(false);
    if (new URLSearchParams(window.location.search).get('mode') === 'quick') clearQuery();
  }
  const shown = (field: QuickCheckField) => (touched.has(field) ? parsed.errors[field] : undefined);

  return (
    <div class="quick-check" id="quick-check-tool">
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
        <div class="field">
          <label for="quick-account">Whose account is it?</label>
          <select
            id="quick-account"
            value={account}
            onChange={(event) => updateOption('account')(event.currentTarget.value)}
          >
            <option value="business">A business</option>
            <option value="creator">A creator I might pay</option>
          </select>
        </div>
        <TextField
          label="Followers"
          value={fields.followers}
          onInput={update('followers')}
          maxLength={MAX_FIELD}
          error={shown('followers')}
          warning={parsed.warnings.followers}
          note={noteOn(notes, 'followers', fields.followers)}
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
          note={noteOn(notes, 'likes', fields.likes)}
          hint="Add up the likes on the last 10 to 12 posts and divide by the number of posts."
        />
        <TextField
          label="Average comments per post"
          value={fields.comments}
          onInput={update('comments')}
          maxLength={MAX_FIELD}
          error={shown('comments')}
          warning={parsed.warnings.comments}
          note={noteOn(notes, 'comments', fields.comments)}
        />
        <TextField
          label="Followers to imagine buying"
          value={options.bought}
          onInput={updateOption('bought')}
          maxLength={MAX_FIELD}
          error={boughtTouched && !boughtParse.ok ? boughtParse.message : undefined}
          note={noteOn(notes, 'bought', options.bought)}
          inputMode="numeric"
          hint="For the what-if: bought followers never like or comment."
        />
        <KeptNote
          unsaved={unsaved}
          canClear={
            fields.followers !== '' ||
            fields.likes !== '' ||
            fields.comments !== '' ||
            options.bought !== DEFAULT_QUICK_OPTIONS.bought ||
            options.account !== DEFAULT_QUICK_OPTIONS.account
          }
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
            {Reading ? (
              <Reading
                value={value}
                rate={rate}
                platformLabel={platformLabel}
                account={account}
                bought={boughtParse.ok ? boughtParse.value : undefined}
              />
            ) : (
              <p class="meta">Reading the numbers…</p>
            )}
            {account === 'creator' && (
              <p class="meta">
                The guide’s floor comes from the guide Before you pay an influencer: a creator’s followers
                should respond at least as well as the typical brand’s.
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
