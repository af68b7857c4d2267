// Made-up data exports, in each platform's own file shapes (see src/lib/exports/formats.ts), for the
// examples on the estimator page, the browser tests and the benchmark. Deterministic: the same seed gives
// the same files everywhere. Every account is invented: handles and display names are built from everyday
// words ("Maple Knits", "fern.bakes42") and bought ones from random letters, so no real person's name is
// in them.
//
// The story in every example: a bakery's account grows by a few followers a day for two years, a
// giveaway brings a few hundred over two days in September 2025, and on 12 March 2026 a bought batch of
// 900 arrives in one day, with handles that look machine-made.
import { mulberry32 } from '../../src/lib/stats/seeded.ts';
import { writeZip } from './zip-writer.mjs';

const DAY = 86_400_000;
export const EXAMPLE_END = Date.UTC(2026, 10, 20, 18);
export const EXAMPLE_GIVEAWAY = { day: Date.UTC(2025, 8, 20), days: 2, count: 340 };
export const EXAMPLE_BOUGHT = { day: Date.UTC(2026, 2, 12), days: 1, count: 900 };

const WORDS = [
  'crumb',
  'rye',
  'oat',
  'fern',
  'maple',
  'tide',
  'pebble',
  'wren',
  'clover',
  'honey',
  'moss',
  'plum',
];
const VERBS = ['bakes', 'walks', 'reads', 'knits', 'rides', 'grows', 'cooks', 'swims', 'paints', 'hikes'];
const JOIN = ['.', '_', '', '_the_'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const pick = (random, list) => list[Math.floor(random() * list.length)];

function personHandle(random) {
  const digits = random() < 0.6 ? String(Math.floor(random() * 1000)) : '';
  return `${pick(random, WORDS)}${pick(random, JOIN)}${pick(random, VERBS)}${digits}`.slice(0, 30);
}

function boughtHandle(random) {
  let handle = '';
  const length = 8 + Math.floor(random() * 5);
  for (let i = 0; i < length; i++)
    handle += random() < 0.35 ? String(Math.floor(random() * 10)) : LETTERS[Math.floor(random() * 26)];
  return handle;
}

/** A Poisson draw: by inversion for small means, by its normal approximation for large ones. */
function poisson(random, mean) {
  if (mean > 50) {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal));
  }
  let k = 0;
  let p = Math.exp(-mean);
  let sum = p;
  const u = random();
  while (u > sum && k < 1000) {
    k++;
    p *= mean / k;
    sum += p;
  }
  return k;
}

/**
 * The followers, newest first as the platforms list them: `{ handle, name, time, bought }`. `scale` multiplies
 * the everyday rate, for the large benchmark list.
 */
export function syntheticFollowers({ seed = 11, days = 730, perDay = 3.6, scale = 1 } = {}) {
  const random = mulberry32(seed);
  const start = EXAMPLE_END - days * DAY;
  const used = new Set();
  const followers = [];
  const add = (time, bought) => {
    let handle;
    do {
      handle = bought ? boughtHandle(random) : personHandle(random);
      if (used.has(handle)) handle = `${handle}${Math.floor(random() * 100000)}`.slice(0, 30);
    } while (used.has(handle));
    used.add(handle);
    const title = (word) => (word ? word[0].toUpperCase() + word.slice(1) : 'Q');
    const name = bought
      ? `${title(boughtHandle(random).replace(/\d/g, '').slice(0, 5))} ${title(boughtHandle(random).replace(/\d/g, '').slice(0, 6))}`
      : `${title(pick(random, WORDS))} ${title(pick(random, VERBS))}${random() < 0.3 ? ' 🍞' : ''}`;
    followers.push({ handle, name, time: Math.floor(time / 1000) * 1000, bought });
  };
  for (let day = 0; day < days; day++) {
    const dayStart = start + day * DAY;
    // A little busier at weekends and slowly growing, like a real shop's account.
    const weekend = new Date(dayStart).getUTCDay() % 6 === 0 ? 1.4 : 1;
    const mean = perDay * scale * weekend * (0.7 + (0.6 * day) / days);
    for (let i = poisson(random, mean); i > 0; i--) add(dayStart + random() * DAY, false);
  }
  for (const { day, days: length, count } of [EXAMPLE_GIVEAWAY]) {
    for (let i = 0; i < count * scale; i++) add(day + 9 * 3600_000 + random() * length * DAY * 0.8, false);
  }
  for (const { day, count } of [EXAMPLE_BOUGHT]) {
    // A bought batch lands within a few hours.
    for (let i = 0; i < count * scale; i++) add(day + 2 * 3600_000 + random() * 5 * 3600_000, true);
  }
  return followers.sort((a, b) => b.time - a.time);
}

const seconds = (ms) => Math.floor(ms / 1000);
const two = (n) => String(n).padStart(2, '0');
const tiktokDate = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
};
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Meta's HTML date, "Nov 26, 2025 12:15 am", written in UTC (the examples are read in UTC in the tests). */
const metaDate = (ms) => {
  const d = new Date(ms);
  const hour = d.getUTCHours();
  return `${MONTH[d.getUTCMonth()]} ${two(d.getUTCDate())}, ${d.getUTCFullYear()} ${hour % 12 || 12}:${two(d.getUTCMinutes())} ${hour < 12 ? 'am' : 'pm'}`;
};
const escapeHtml = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function instagramFollowersJson(followers) {
  return JSON.stringify(
    followers.map((f) => ({
      title: '',
      media_list_data: [],
      string_list_data: [
        { href: `https://www.instagram.com/${f.handle}`, value: f.handle, timestamp: seconds(f.time) },
      ],
    })),
    null,
    2,
  );
}

export function instagramFollowingJson(following) {
  return JSON.stringify(
    {
      relationships_following: following.map((f) => ({
        title: f.handle,
        string_list_data: [{ href: `https://www.instagram.com/_u/${f.handle}`, timestamp: seconds(f.time) }],
      })),
    },
    null,
    2,
  );
}

function metaHtmlPage(title, blocks) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>${title}</title><style>body{font-family:sans-serif}</style></head><body><div class="_a705"><main class="_a706" role="main"><h1>${title}</h1>${blocks.join('')}</main></div></body></html>`;
}

export function instagramFollowersHtml(followers, { date = metaDate, title = 'Followers' } = {}) {
  return metaHtmlPage(
    title,
    followers.map(
      (f) =>
        `<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_a6-p"><div><div><a target="_blank" href="https://www.instagram.com/${f.handle}">${escapeHtml(f.handle)}</a></div><div>${date(f.time)}</div></div></div></div>`,
    ),
  );
}

export function instagramFollowingHtml(following) {
  return metaHtmlPage(
    'Following',
    following.map(
      (f) =>
        `<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><h2 class="_3-95 _2pim _a6-h _a6-i">${escapeHtml(f.handle)}</h2><div class="_a6-p"><div><div><a target="_blank" href="https://www.instagram.com/_u/${f.handle}">https://www.instagram.com/_u/${f.handle}</a></div><div>${metaDate(f.time)}</div></div></div></div>`,
    ),
  );
}

export function tiktokJson(followers, following) {
  const list = (items) => items.map((f) => ({ Date: tiktokDate(f.time), UserName: f.handle }));
  return JSON.stringify(
    {
      Activity: {
        'Follower List': { FansList: list(followers) },
        'Following List': { Following: list(following) },
        'Like List': {
          ItemFavoriteList: [
            { Date: tiktokDate(EXAMPLE_END), Link: 'https://www.tiktokv.com/share/video/1/' },
          ],
        },
      },
      Profile: {
        'Profile Information': {
          ProfileMap: { userName: 'oakandember.bakery', bioDescription: 'Sourdough daily' },
        },
      },
    },
    null,
    2,
  );
}

export function tiktokText(items) {
  return items.map((f) => `Date: ${tiktokDate(f.time)}\nUsername: ${f.handle}\n`).join('\n');
}

const accountId = (random) => String(Math.floor(1e8 + random() * 9e17)).slice(0, 18);

export function xFollowerJs(followers, kind = 'follower', seed = 3) {
  const random = mulberry32(seed);
  const items = followers.map(() => {
    const id = accountId(random);
    return { [kind]: { accountId: id, userLink: `https://twitter.com/intent/user?user_id=${id}` } };
  });
  return `window.YTD.${kind}.part0 = ${JSON.stringify(items, null, 2)}`;
}

/** Facebook writes non-ASCII text as one \u00XX escape per UTF-8 byte. */
const facebookText = (text) =>
  JSON.stringify(text).replace(/[^\x00-\x7f]/gu, (char) =>
    [...Buffer.from(char, 'utf8')].map((byte) => `\\u00${byte.toString(16).padStart(2, '0')}`).join(''),
  );

export function facebookFollowersJson(followers) {
  const items = followers.map((f) => `{"name": ${facebookText(f.name)}, "timestamp": ${seconds(f.time)}}`);
  return `{"followers_v3": [\n  ${items.join(',\n  ')}\n]}`;
}

export function facebookFollowersHtml(followers) {
  return metaHtmlPage(
    'People who followed you',
    followers.map(
      (f) =>
        `<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><h2 class="_2ph_ _a6-h _a6-i">${escapeHtml(f.name)}</h2><div class="_3-95 _a6-p"><div><div></div></div></div><div class="_3-94 _a6-o">${metaDate(f.time)}</div></div>`,
    ),
  );
}

/** A few stand-ins for the photos and other files a real export carries. */
function filler(seed) {
  const random = mulberry32(seed);
  const block = Buffer.alloc(2048);
  for (let i = 0; i < block.length; i++) block[i] = Math.floor(random() * 256);
  return block;
}

/** Every example export: file name, what it shows, and its ZIP's entries. */
export function exampleExports(seed = 11) {
  const followers = syntheticFollowers({ seed });
  const following = followers.filter((_, index) => index % 9 === 0).slice(0, 420);
  const photo = filler(seed);
  return [
    {
      file: 'instagram-export-json.zip',
      entries: [
        {
          name: 'personal_information/personal_information/personal_information.json',
          data: '{"profile_user": []}',
        },
        {
          name: 'connections/followers_and_following/followers_1.json',
          data: instagramFollowersJson(followers),
        },
        {
          name: 'connections/followers_and_following/following.json',
          data: instagramFollowingJson(following),
        },
        { name: 'media/posts/202603/loaf.jpg', data: photo, store: true },
      ],
    },
    {
      file: 'instagram-export-html.zip',
      entries: [
        {
          name: 'connections/followers_and_following/followers_1.html',
          data: instagramFollowersHtml(followers),
        },
        {
          name: 'connections/followers_and_following/following.html',
          data: instagramFollowingHtml(following),
        },
        { name: 'media/posts/202603/loaf.jpg', data: photo, store: true },
      ],
    },
    {
      file: 'tiktok-export-json.zip',
      entries: [{ name: 'user_data_tiktok.json', data: tiktokJson(followers, following) }],
    },
    {
      file: 'tiktok-export-txt.zip',
      entries: [
        { name: 'TikTok/Activity/Follower.txt', data: tiktokText(followers) },
        { name: 'TikTok/Activity/Following.txt', data: tiktokText(following) },
        {
          name: 'TikTok/Activity/Like List.txt',
          data: 'Date: 2026-11-01 10:00:00\nLink: https://www.tiktokv.com/share/video/1/\n',
        },
      ],
    },
    {
      file: 'x-archive.zip',
      entries: [
        { name: 'data/manifest.js', data: 'window.__THAR_CONFIG = {}' },
        { name: 'data/follower.js', data: xFollowerJs(followers, 'follower', seed) },
        { name: 'data/following.js', data: xFollowerJs(following, 'following', seed + 1) },
      ],
    },
    {
      file: 'facebook-export-json.zip',
      entries: [
        {
          name: 'connections/followers/people_who_followed_you.json',
          data: facebookFollowersJson(followers),
        },
        { name: 'connections/friends/your_friends.json', data: '{"friends_v2": []}' },
      ],
    },
    {
      file: 'facebook-export-html.zip',
      entries: [
        {
          name: 'connections/followers/people_who_followed_you.html',
          data: facebookFollowersHtml(followers),
        },
      ],
    },
  ];
}

export function writeExampleZip(path, example) {
  return writeZip(path, example.entries);
}

/** Instagram writes 10,000 followers to a file: followers_1.json, followers_2.json... */
export const INSTAGRAM_FILE_SIZE = 10_000;

/**
 * A large Instagram export for the benchmark: about `followers` followers in followers_N.json files of
 * 10,000, and stored stand-ins for photos and videos until the ZIP is about `paddingBytes` long. Returns the
 * number of followers written.
 */
export function writeLargeInstagramExport(
  path,
  { followers: wanted = 500_000, paddingBytes = 1_000_000_000, seed = 21 } = {},
) {
  // The everyday rate is scaled so the two years, the giveaway and the bought batch add up to about `wanted`.
  const base = syntheticFollowers({ seed }).length;
  const followers = syntheticFollowers({ seed, scale: wanted / base });
  const entries = [];
  for (let start = 0, part = 1; start < followers.length; start += INSTAGRAM_FILE_SIZE, part++)
    entries.push({
      name: `connections/followers_and_following/followers_${part}.json`,
      data: instagramFollowersJson(followers.slice(start, start + INSTAGRAM_FILE_SIZE)),
    });
  const block = Buffer.alloc(1024 * 1024);
  const random = mulberry32(seed);
  for (let i = 0; i < block.length; i++) block[i] = Math.floor(random() * 256);
  const videos = Math.max(1, Math.round(paddingBytes / (64 * block.length)));
  for (let i = 0; i < videos; i++)
    entries.push({
      name: `media/reels/2026${String((i % 12) + 1).padStart(2, '0')}/reel_${i}.mp4`,
      repeat: block,
      times: 64,
    });
  writeZip(path, entries);
  return followers.length;
}
