import type { ComponentType } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { SharedView } from '../../lib/estimator/share-link';
import type { ParsedShare } from '../../lib/estimator/share-state';
import { clearQuery } from '../shared/address';
import { EMPTY_QUICK_FIELDS, MAX_FIELD, quickDraft, type QuickFields } from '../../lib/estimator/quick/saved';
import { tameFields } from '../../lib/text/tame';
import { QuickCheck, type QuickStart } from './quick/QuickCheck';
import { loadStylesheet } from '../shared/stylesheet';
import modeStyles from './modes.css?url';

type Mode = 'quick' | 'spot' | 'audit' | 'history';
type SpotView = Extract<SharedView, { mode: 'spot' }>;

const MODES: readonly { id: Mode; label: string; summary: string }[] = [
  {
    id: 'quick',
    label: 'Quick check',
    summary:
      'Compare engagement with a published brand median, and see what bought followers would do. A minute.',
  },
  { id: 'spot', label: 'Spot-check', summary: 'Look at a sample of followers by hand. About 20 minutes.' },
  {
    id: 'audit',
    label: 'Sample audit',
    summary: 'Score a file of follower profiles with signs tested on labelled accounts.',
  },
  {
    id: 'history',
    label: 'Follower history',
    summary:
      'Read your own data export to see when followers came and check real names, or paste another account’s counts.',
  },
];

// The spot-check, the audit and follower history are loaded when chosen, with their styles, so the quick check
// stays light.
type ModePanel = ComponentType<{ shared?: SpotView | undefined }>;
const withStyles = (panel: Promise<ModePanel>): Promise<ModePanel> =>
  Promise.all([panel, loadStylesheet(modeStyles)]).then(([Component]) => Component);
const loaders = {
  spot: () => withStyles(import('./spot/SpotCheck').then((module) => module.SpotCheck as ModePanel)),
  audit: () => withStyles(import('./audit/SampleAudit').then((module) => module.SampleAudit as ModePanel)),
  history: () =>
    withStyles(import('../history/HistoryMode').then((module) => module.HistoryMode as ModePanel)),
};

const quickFields = (view: SharedView | undefined): QuickFields =>
  view?.mode === 'quick'
    ? {
        platform: view.platform,
        followers: String(view.followers),
        likes: String(view.likes),
        comments: String(view.comments),
      }
    : EMPTY_QUICK_FIELDS;

/** Whether the fields as typed show the shared view's numbers (share-state.ts isSameQuickView). */
type SameAsTyped = (fields: QuickFields, view: SharedView) => boolean;

/** An address with no shared view in it: nothing to read, nothing to compare the typed fields with. */
const ORDINARY_VISIT: { parsed: ParsedShare; sameAsTyped: SameAsTyped | undefined } = {
  parsed: {},
  sameAsTyped: undefined,
};

export default function FakeFollowerEstimator() {
  const name = useId();
  const [mode, setMode] = useState<Mode>('quick');
  const [shared, setShared] = useState<SharedView | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  // Bumped when a shared link is read, so the quick check starts again from the shared numbers.
  const [generation, setGeneration] = useState(0);
  const [quickStart, setQuickStart] = useState<QuickStart>({
    fields: EMPTY_QUICK_FIELDS,
    cut: {},
    source: 'storage',
  });
  const [Loaded, setLoaded] = useState<{
    mode: Mode;
    Component: ComponentType<{ shared?: SpotView | undefined }>;
  }>();
  const [loadFailed, setLoadFailed] = useState(false);

  // The address is read after hydration: the page is static, so the server cannot know it. Its reader loads
  // only when the address holds a shared view (a `mode`): most visits do not.
  useEffect(() => {
    const search = window.location.search;
    const reading = new URLSearchParams(search).has('mode')
      ? import('../../lib/estimator/share-state').then((reader) => ({
          parsed: reader.parseSharedView(search),
          sameAsTyped: reader.isSameQuickView,
        }))
      : Promise.resolve(ORDINARY_VISIT);
    // Should the reader fail to load, the visit goes on as an ordinary one.
    void reading.catch(() => ORDINARY_VISIT).then(({ parsed, sameAsTyped }) => start(parsed, sameAsTyped));
  }, []);

  function start({ view, notice: damaged }: ParsedShare, sameAsTyped: SameAsTyped | undefined) {
    if (damaged) {
      setNotice(damaged);
      clearQuery();
    }
    // What the owner typed last time comes back, unless the address is someone else's quick check. Either
    // way the fields are tamed as typing tames them, and the quick check says what that cut.
    const kept = quickDraft.read();
    const typed = kept && tameFields(kept, () => MAX_FIELD);
    const linked = view?.mode === 'quick' && !(typed && sameAsTyped?.(typed.fields, view));
    const first = linked ? tameFields(quickFields(view), () => MAX_FIELD) : typed;
    if (first) setQuickStart({ ...first, source: linked ? 'link' : 'storage' });
    if (view) {
      setShared(view);
      setMode(view.mode);
    } else if (window.location.hash.startsWith('#history=')) {
      // A shared follower history (HISTORY_LINK_PREFIX in lib/history/share.ts, read by history/HistoryMode).
      setMode('history');
    }
    if (view || first) setGeneration((value) => value + 1);
  }

  useEffect(() => {
    if (mode === 'quick' || Loaded?.mode === mode) return;
    let current = true;
    setLoadFailed(false);
    loaders[mode]()
      .then((Component) => current && setLoaded({ mode, Component }))
      .catch(() => current && setLoadFailed(true));
    return () => {
      current = false;
    };
  }, [mode]);

  function choose(next: Mode) {
    setMode(next);
    // A shared view belongs to the mode it came with; moving away returns the page to the reader's own.
    if (shared && shared.mode !== next) {
      setShared(undefined);
      clearQuery();
    }
  }

  return (
    <div class="estimator">
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      <fieldset class="mode-picker" aria-describedby={`${name}-summary`}>
        <legend>How do you want to check?</legend>
        <div class="mode-options">
          {MODES.map((option) => (
            <label key={option.id} class="mode-option">
              <input
                type="radio"
                name={name}
                value={option.id}
                checked={mode === option.id}
                onChange={() => choose(option.id)}
              />
              {option.label}
            </label>
          ))}
        </div>
        <p class="mode-summary" id={`${name}-summary`}>
          {MODES.find((option) => option.id === mode)?.summary}
        </p>
      </fieldset>
      <div class="mode-panel">
        {mode === 'quick' && <QuickCheck key={generation} start={quickStart} />}
        {mode !== 'quick' &&
          (Loaded?.mode === mode ? (
            <Loaded.Component shared={shared?.mode === 'spot' ? shared : undefined} />
          ) : loadFailed ? (
            <p class="notice" role="alert">
              This part of the tool could not load. Check your connection, then reload the page.
            </p>
          ) : (
            <p class="meta">Loading…</p>
          ))}
      </div>
    </div>
  );
}
