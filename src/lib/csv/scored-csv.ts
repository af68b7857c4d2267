import type { ScoredProfile } from '../estimator/profile/model';

const SCORE_COLUMNS = ['score', 'verdict', 'reasons'];
const LINE_END = '\r\n'; // RFC 4180
const REASON_SEPARATOR = '; ';

/** The header line of the scored CSV: the original columns, then score, verdict and reasons. */
export function scoredCsvHeader(header: readonly string[]): string {
  // A byte order mark belongs to the start of a file, not inside the first header cell.
  const cells = header.map((name, i) => (i === 0 && name.startsWith('\ufeff') ? name.slice(1) : name));
  return [...cells, ...SCORE_COLUMNS].map(csvField).join(',') + LINE_END;
}

/** One data line of the scored CSV: the original cells, then the row's score, verdict and sign names. */
export function scoredCsvRow(cells: readonly string[], scored: ScoredProfile): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += csvField(cells[i]!) + ',';
  const reasons = scored.hits.map((hit) => hit.name).join(REASON_SEPARATOR);
  return `${line}${scored.score},${scored.flagged ? 'likely fake' : 'not flagged'},${csvField(reasons)}${LINE_END}`;
}

/*
 * Spreadsheet apps run a cell that starts with =, +, - or @ as a formula (tab and carriage return can
 * hide such a start), so a follower's bio like "=HYPERLINK(...)" would become a live link or worse when
 * the owner opens the download. A leading single quote makes the app show the text as text; this is the
 * OWASP "CSV injection" advice. Numbers the file had as "-5" come back as "'-5", a fair price. OWASP also
 * lists leading spaces, and some apps read the full-width and small forms (＝ ＋ － ＠, ﹦ ﹢ ﹣) as the
 * ASCII ones, so blank space and invisible characters before any of them are looked through too.
 */
const FORMULA_START = /^[\p{White_Space}\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63]/u;
const LEADING_TAB_OR_CR = /^[\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/; // RFC 4180

function csvField(value: string): string {
  const text = FORMULA_START.test(value) || LEADING_TAB_OR_CR.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
