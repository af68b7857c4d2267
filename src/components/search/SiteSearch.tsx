import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { excerptParts } from '../../lib/search/excerpt';
import { MAX_QUERY_LENGTH, normaliseQuery, queryFromSearchParams } from '../../lib/search/query';
import { basePath, sitePath } from '../../lib/site/path';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

type SearchState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; query: string; results: PagefindResultData[] }
  | { kind: 'unavailable' };

const PAGEFIND_PATH = sitePath('/pagefind/pagefind.js');
const MAX_RESULTS = 10;
// Pagefind indexes dist/ as if it were the root; under a sub-path its addresses need the base in front.
const underBase = (url: string) => (url.startsWith(basePath()) ? url : sitePath(url));
let pagefindLoad: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefindLoad ??= import(/* @vite-ignore */ PAGEFIND_PATH) as Promise<Pagefind>;
  return pagefindLoad;
}

function resultCountText(state: SearchState): string {
  if (state.kind === 'loading') return 'Searching…';
  if (state.kind === 'unavailable') return 'Search is not available right now. Browse the guides instead.';
  if (state.kind !== 'done') return '';
  const count = state.results.length;
  if (count === 0) return `No guide mentions “${state.query}”. Try a different word.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${state.query}”`;
}

export default function SiteSearch() {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);

  async function runSearch(raw: string) {
    const cleaned = normaliseQuery(raw);
    const ticket = ++latest.current;
    const url = new URL(window.location.href);
    if (cleaned) url.searchParams.set('q', cleaned);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    if (!cleaned) {
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'loading' });
    try {
      const pagefind = await loadPagefind();
      const found = await pagefind.search(cleaned);
      const results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (ticket === latest.current) setState({ kind: 'done', query: cleaned, results });
    } catch {
      if (ticket === latest.current) setState({ kind: 'unavailable' });
    }
  }

  useEffect(() => {
    const initial = queryFromSearchParams(window.location.search);
    if (initial) setQuery(initial);
  }, []);

  useEffect(() => {
    if (state.kind === 'idle' && !query) return;
    const timer = window.setTimeout(() => void runSearch(query), 200);
    return () => window.clearTimeout(timer);
  }, [query]);

  return (
    <div class="site-search">
      <form
        role="search"
        action={sitePath('/search/')}
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          void runSearch(query);
        }}
      >
        <label for={inputId}>Search the guides</label>
        <div class="row">
          <input
            id={inputId}
            type="search"
            name="q"
            value={query}
            maxLength={MAX_QUERY_LENGTH}
            autocomplete="off"
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <button type="submit" class="button">
            Search
          </button>
        </div>
      </form>
      <p role="status" class="status">
        {resultCountText(state)}
      </p>
      {state.kind === 'done' && state.results.length > 0 && (
        <ol class="results">
          {state.results.map((result) => (
            <li key={result.url}>
              <a href={underBase(result.url)}>{result.meta.title ?? result.url}</a>
              <p>
                {excerptParts(result.excerpt).map((part, index) =>
                  part.highlighted ? <mark key={index}>{part.text}</mark> : part.text,
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
