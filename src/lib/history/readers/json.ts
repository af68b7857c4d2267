/*
 * The JSON reader: Instagram's and Facebook's "Download your information" JSON files, TikTok's one
 * user_data.json, and (through js.ts) the JSON array inside X's archive files. Where each platform puts
 * its lists and what an entry holds is described in ../formats.ts (JSON_LISTS gives the paths); the
 * streaming itself is ../json-lists.ts.
 */
import { isRecord } from '../../parse/untrusted';
import { PLATFORM_NAMES } from '../../platforms';
import { JSON_LISTS, type KnownFile, type ListKind, type HistoryPlatform } from '../formats';
import { createJsonListReader, JsonListError, type NotAList } from '../json-lists';
import {
  cleanName,
  ListFileError,
  MAX_NAME_LENGTH,
  parseTikTokDate,
  repairFacebookText,
  unreadableWhy,
  type EntrySink,
  type ListReader,
} from './shared';

const fromSeconds = (value: unknown) => (typeof value === 'number' ? value * 1000 : Number.NaN);

type JsonEntry = { name: string; time: number } | undefined;

/**
 * The user name in a link to an Instagram profile ("https://www.instagram.com/fern.bakes", or "/_u/fern.bakes"
 * in newer exports), for entries whose name is in the link only. Anything but such a link gives none.
 */
export function instagramNameFromLink(href: unknown): string | undefined {
  if (typeof href !== 'string' || href.length > 200) return undefined;
  const match = /^https:\/\/(?:www\.)?instagram\.com\/(?:_u\/)?([A-Za-z0-9._]{1,30})\/?(?:[?#].*)?$/.exec(
    href,
  );
  return match ? match[1] : undefined;
}

function jsonEntry(platform: HistoryPlatform, list: ListKind, value: unknown): JsonEntry {
  if (!isRecord(value)) return undefined;
  switch (platform) {
    case 'instagram': {
      const data = value['string_list_data'];
      const first = Array.isArray(data) && isRecord(data[0]) ? data[0] : undefined;
      const name =
        cleanName(first?.['value']) ?? cleanName(value['title']) ?? instagramNameFromLink(first?.['href']);
      return name === undefined ? undefined : { name, time: fromSeconds(first?.['timestamp']) };
    }
    case 'tiktok': {
      const name = cleanName(value['UserName'] ?? value['Username'] ?? value['userName']);
      return name === undefined ? undefined : { name, time: parseTikTokDate(value['Date'] ?? value['date']) };
    }
    case 'x': {
      const inner = value[list === 'followers' ? 'follower' : 'following'];
      const id = isRecord(inner) ? inner['accountId'] : undefined;
      return typeof id === 'string' && /^\d{1,20}$/.test(id) ? { name: id, time: Number.NaN } : undefined;
    }
    case 'facebook': {
      // Repaired before it is checked, so that a NUL written as bytes is shown like any other; a name far
      // too long to be one is not repaired at all.
      const raw = value['name'];
      const name = cleanName(
        typeof raw === 'string' && raw.length <= 4 * MAX_NAME_LENGTH ? repairFacebookText(raw) : raw,
      );
      return name === undefined ? undefined : { name, time: fromSeconds(value['timestamp']) };
    }
  }
}

/** What stands where a list belongs, in words: "text 200 MB long, far too long to be a name". */
function notAListText(value: NotAList): string {
  if (value.kind === 'object') return 'an object with no list in it';
  if (value.kind === 'value') return 'a single value, not a list';
  const size =
    value.length >= 1024 * 1024
      ? `${Math.round(value.length / 1024 / 1024).toLocaleString('en-GB')} MB`
      : `${value.length.toLocaleString('en-GB')} characters`;
  return value.length > MAX_NAME_LENGTH
    ? `text ${size} long, far too long to be a name, and no list`
    : 'one piece of text, not a list';
}

export function jsonReader(file: KnownFile, sink: EntrySink): ListReader {
  const lists: ListKind[] = file.list === 'both' ? ['followers', 'following'] : [file.list];
  const byPath = new Map<string, ListKind>();
  for (const list of lists) {
    for (const path of JSON_LISTS[file.platform][list]) if (!byPath.has(path)) byPath.set(path, list);
  }
  // A TikTok file that is one array is not TikTok's; only its named lists count.
  if (file.list === 'both') byPath.delete('');
  const reader = createJsonListReader(new Set(byPath.keys()), (value, path) => {
    const list = byPath.get(path)!;
    const found = jsonEntry(file.platform, list, value);
    if (found) sink.entry({ list, ...found });
    else sink.unreadable(list, unreadableWhy(value));
  });
  const wrap = (action: () => void) => {
    try {
      action();
    } catch (error) {
      if (error instanceof JsonListError)
        throw new ListFileError(
          error.message === 'an entry in a list is far too long'
            ? 'an entry of its list is far too long to be one follower (a follower’s entry is a few hundred characters), so the file was not read.'
            : /ends before|is empty/.test(error.message)
              ? `${error.message}. The download may have been cut short: download the export again.`
              : error.message === 'it is not valid JSON'
                ? `${error.message}.`
                : `it is not valid JSON (${error.message}).`,
        );
      throw error;
    }
  };
  return {
    push(text) {
      wrap(() => reader.push(text));
    },
    finish() {
      wrap(() => reader.finish());
      // A file with no list where the platform keeps it holds no list: never read that as an empty one.
      // TikTok's one file writes an empty list as null, which counts as found.
      if (!lists.includes('followers')) return;
      const paths = [...byPath].filter(([, list]) => list === 'followers').map(([path]) => path);
      if (paths.some((path) => reader.found.has(path))) return;
      const platform = PLATFORM_NAMES[file.platform];
      const instead = paths.map((path) => reader.notLists.get(path)).find((value) => value !== undefined);
      if (instead)
        throw new ListFileError(
          `where ${platform} keeps its list of followers there is ${notAListText(instead)}, so no follower was read.`,
        );
      throw new ListFileError(
        `it holds no list of followers where ${platform} keeps one, so it was not read as an empty list. The platform may have changed how it writes the file.`,
      );
    },
  };
}
