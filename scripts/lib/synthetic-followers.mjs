// Synthetic follower profiles in the shape of the X (Twitter) API v1.1 user object, for the example file,
// the browser tests and the audit benchmark. Deterministic: the same seed gives the same file everywhere.
// Every handle is made up; about a quarter of the accounts are drawn to look bought.
import { mulberry32 } from '../../src/lib/stats/seeded.ts';

export const TWITTER_COLUMNS = [
  'screen_name',
  'name',
  'followers_count',
  'friends_count',
  'statuses_count',
  'favourites_count',
  'listed_count',
  'default_profile_image',
  'description',
  'url',
  'location',
  'created_at',
  'verified',
  'protected',
];

const FIRST = [
  'amira',
  'ben',
  'chloe',
  'dev',
  'erin',
  'femi',
  'greta',
  'hugo',
  'isla',
  'jonah',
  'kasia',
  'liam',
];
const LAST = ['baker', 'cycles', 'rees', 'okafor', 'nowak', 'haddad', 'lund', 'price', 'moss', 'varga'];
const PLACES = ['Leeds', 'Cardiff', 'Bristol', 'Glasgow', 'Norwich', 'York', 'Belfast', 'Exeter', ''];
const BIOS = [
  'Sourdough fan, weekend cyclist.',
  'Dental nurse. Tea, dogs and long walks.',
  'Runs a small florist on the high street 🌷',
  '"Gardener, reader, occasional baker"',
  'Bikes, coffee and hills.\nNorth Yorkshire.',
  'Mum of two; hairdresser; sea swimmer',
];
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 1);

const pick = (random, list) => list[Math.floor(random() * list.length)];
const whole = (random, low, high) => Math.floor(low + random() * (high - low + 1));

function twitterDate(time) {
  // "Wed Oct 10 20:19:24 +0000 2018", as the v1.1 API writes created_at.
  const [weekday, day, month, year, clock] = new Date(time).toUTCString().replace(',', '').split(' ');
  return `${weekday} ${month} ${day} ${clock} +0000 ${year}`;
}

function quoted(text) {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (without line break) for the account at `index`. */
function row(random, index) {
  const fake = random() < 0.25;
  const handle = fake
    ? `${pick(random, FIRST)}${whole(random, 10_000_000, 99_999_999)}`
    : `${pick(random, FIRST)}_${pick(random, LAST)}${index}`;
  const created =
    NOW - (fake ? whole(random, 2, 60) : whole(random, 200, 5000)) * DAY - whole(random, 0, DAY);
  const noPhoto = fake ? random() < 0.7 : random() < 0.1;
  const cells = [
    handle,
    fake ? handle.replace(/\d+/, '') : `${pick(random, FIRST)} ${pick(random, LAST)}`,
    fake ? whole(random, 0, 25) : whole(random, 40, 3000),
    fake ? whole(random, 800, 4000) : whole(random, 50, 900),
    fake ? whole(random, 0, 12) : whole(random, 60, 20_000),
    fake ? whole(random, 0, 40) : whole(random, 20, 9000),
    fake ? 0 : whole(random, 0, 25),
    noPhoto ? 'true' : 'false',
    fake && random() < 0.8 ? '' : pick(random, BIOS),
    fake || random() < 0.6 ? '' : `https://example.com/${handle}`,
    fake ? '' : pick(random, PLACES),
    twitterDate(created),
    'false',
    random() < 0.05 ? 'true' : 'false',
  ];
  return cells.map((cell) => quoted(String(cell))).join(',');
}

/** Yields the CSV in pieces of about `linesPerPiece` lines: header first, then `count` accounts. */
export function* syntheticFollowerCsv(count, { seed = 2026, linesPerPiece = 10_000 } = {}) {
  const random = mulberry32(seed);
  let piece = [TWITTER_COLUMNS.join(',')];
  for (let index = 1; index <= count; index++) {
    piece.push(row(random, index));
    if (piece.length >= linesPerPiece) {
      yield `${piece.join('\n')}\n`;
      piece = [];
    }
  }
  if (piece.length > 0) yield `${piece.join('\n')}\n`;
}
