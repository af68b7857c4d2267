/*
 * Reads the follower list out of a data export: the ZIP as downloaded, or loose files taken out of it. Runs
 * in a worker. Only the entries that hold a list are inflated, each streamed through its reader, so a
 * multi-gigabyte export with photos and videos costs little more than its list.
 */
import {
  blobSource,
  entryStream,
  inflateBudget,
  isSafeEntryName,
  listEntries,
  ZIP_LIMITS,
  ZipError,
  type ZipEntry,
} from '../zip/reader';
import {
  instagramPart,
  partsOf,
  isThreadsList,
  recogniseFile,
  type ExportParts,
  type FileFormat,
  type HistoryPlatform,
  type KnownFile,
} from './formats';
import { clip } from '../text/clip';
import { followDays } from './arrivals';
import {
  countedNumber,
  countedOneMore,
  countedText,
  LABEL_LENGTH,
  MAX_COUNTED,
  MAX_FOLLOWERS,
} from './bounds';
import { createListReader, ListFileError, type ExportEntry } from './readers';
import { followDateProblem, type UnreadableWhy } from './readers/shared';
import { looksLikeTikTokList } from './readers/txt';

export interface ExportLimits {
  /** Most bytes one list file may unpack to: 500,000 Instagram followers are about 100 MB. */
  maxEntryBytes: number;
  /**
   * Most bytes all the files read from one export may unpack to together: MAX_FOLLOWERS followers and as
   * many accounts followed in Instagram's HTML, the wordiest form, are about 1 GB.
   */
  maxTotalBytes: number;
  /**
   * Most list files (followers and accounts followed) read from one export: Instagram, the only platform that
   * splits its lists, puts 10,000 in a file, so MAX_FOLLOWERS followers are 200 files.
   */
  maxListFiles: number;
  /** Most followers read. */
  maxFollowers: number;
}

export const EXPORT_LIMITS: ExportLimits = {
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxListFiles: 1000,
  maxFollowers: MAX_FOLLOWERS,
};

export interface ExportReading {
  platform: HistoryPlatform;
  formats: FileFormat[];
  /** The files the lists were read from. */
  read: string[];
  /** Each follower's name, follow time (ms, NaN when undated) and local day (NO_DAY when undated). */
  followers: { names: string[]; times: Float64Array; days: Int32Array };
  /** Accounts the owner follows, when the export lists them. */
  following: number | undefined;
  /** Entries that were there but could not be read, and dates in a form this page does not read. */
  unreadable: number;
  undatable: number;
  /** Followers dated after today, and before 2006, when no follow can be: left out of the chart. */
  futureDates: number;
  earlyDates: number;
  /** The same account listed twice (in two files, or two copies of one file). */
  duplicates: number;
  /** Entries with names such as ../x that were refused. */
  unsafeNames: number;
  /** Entries refused because a NUL character is in their name, which no file name can hold. */
  nulNames: number;
  /** Lists from other platforms in the same choice, not read. */
  otherPlatforms: HistoryPlatform[];
  /** The file taken for the follower list by its layout alone (a TikTok list named in another language). */
  guessedList?: string | undefined;
  /**
   * Set when an Instagram list looks like part of a larger download: follower files missing before the last
   * one read (`missing`, their numbers), or a last file holding exactly as many as Instagram puts in one.
   */
  parts?: ExportParts | undefined;
}

/** Why nothing could be read, in words for the owner. */
export class ExportProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportProblem';
  }
}

/** A text file whose name the page does not know: perhaps a TikTok list in a language not listed. */
interface Unknown {
  label: string;
  open(): Promise<ReadableStream<Uint8Array>>;
}

interface Candidate {
  label: string;
  known: KnownFile;
  open(): Promise<ReadableStream<Uint8Array>>;
  size: number;
}

const WHERE_TO_FIND =
  'On Instagram it is connections/followers_and_following/followers_1.json (or .html); on TikTok, user_data.json or Follower.txt; on X, data/follower.js; on Facebook, connections/followers/people_who_followed_you.json. When you ask for your information, include “Followers and following” (Instagram, Facebook) or your profile and activity (TikTok).';

async function isZip(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return (
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    (head[2] === 3 || head[2] === 5) &&
    (head[3] === 4 || head[3] === 6)
  );
}

const naturally = new Intl.Collator('en', { numeric: true });

const isNamedZip = (name: string) => /\.zip$/i.test(name);

async function candidatesOf(files: readonly File[], limits: ExportLimits) {
  const budget = inflateBudget(limits.maxEntryBytes, limits.maxTotalBytes);
  const candidates: Candidate[] = [];
  let unsafeNames = 0;
  let nulNames = 0;
  let entriesSeen = 0;
  let threadsLists = 0;
  const folders = new Set<string>();
  const unknownLoose: string[] = [];
  const unknownText: Unknown[] = [];
  for (const file of files) {
    if (await isZip(file)) {
      const source = blobSource(file);
      // Each name is matched as the directory is read, and only the entries that may hold a list are kept:
      // a directory of 1,000,000 photos costs their names, not 1,000,000 entries.
      const kept: { entry: ZipEntry; known: KnownFile | undefined }[] = [];
      let textKept = 0;
      const wanted = (name: string) => {
        entriesSeen++;
        if (!isSafeEntryName(name)) {
          if (name.includes('\0')) nulNames = countedOneMore(nulNames);
          else unsafeNames = countedOneMore(unsafeNames);
          return false;
        }
        const slash = name.indexOf('/');
        if (slash > 0 && folders.size < MAX_FOLDERS_NAMED) folders.add(name.slice(0, slash));
        if (isThreadsList(name)) threadsLists++;
        if (!name.endsWith('/') && recogniseFile(name)) return true;
        if (!/\.txt$/i.test(name) || unknownText.length + textKept >= MAX_SNIFFED) return false;
        textKept++;
        return true;
      };
      try {
        for (const entry of await listEntries(source, ZIP_LIMITS, wanted))
          kept.push({ entry, known: recogniseFile(entry.name) });
      } catch (error) {
        if (error instanceof ZipError) throw new ExportProblem(`${file.name}: ${error.message}`);
        throw error;
      }
      for (const { entry, known } of kept) {
        const open = () => entryStream(source, entry, budget);
        if (known) candidates.push({ label: entry.name, known, size: entry.compressedSize, open });
        else unknownText.push({ label: entry.name, open });
      }
      continue;
    }
    if (isNamedZip(file.name))
      throw new ExportProblem(
        `“${clip(file.name, 80)}” is not a ZIP file, though its name ends in .zip: it may be another kind of file renamed, or a download that did not finish. Download your export again and choose the file as it arrives.`,
      );
    if (isThreadsList(file.name)) threadsLists++;
    const known = recogniseFile(file.name);
    if (!known) {
      unknownLoose.push(file.name);
      if (/\.txt$/i.test(file.name) && file.size <= limits.maxEntryBytes && unknownText.length < MAX_SNIFFED)
        unknownText.push({ label: file.name, open: async () => file.stream() });
      continue;
    }
    candidates.push({
      label: file.name,
      known,
      size: file.size,
      open: async () => {
        if (file.size > limits.maxEntryBytes)
          throw new ExportProblem(
            `${file.name} is ${Math.round(file.size / 1024 / 1024)} MB, more than any list of followers needs, so it was not read.`,
          );
        return file.stream();
      },
    });
  }
  return {
    candidates,
    unsafeNames,
    nulNames,
    entriesSeen,
    unknownLoose,
    unknownText,
    threadsLists,
    folders: [...folders],
  };
}

// Enough folder names to say what an export holds, few enough to read.
const MAX_FOLDERS_NAMED = 4;

/** " in the folders media and messages": where the files of an export were, in words. */
function foldersText(folders: readonly string[]): string {
  if (folders.length === 0) return '';
  const names = folders.map((folder) => `“${clip(folder, 40)}”`);
  if (folders.length === MAX_FOLDERS_NAMED) names.push('others');
  const listed = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return ` in the ${names.length === 1 ? 'folder' : 'folders'} ${listed}`;
}

/**
 * Why no follower list was found, and what to do: what the choice held (how many files, in which folders,
 * Threads' lists if any), then where each platform keeps its list. Never "0 followers": an empty list is
 * a list, and is read as one.
 */
function noListMessage(found: {
  entriesSeen: number;
  unsafeNames: number;
  nulNames: number;
  unknownLoose: readonly string[];
  threadsLists: number;
  folders: readonly string[];
}): string {
  const { entriesSeen, unsafeNames, nulNames, unknownLoose, threadsLists, folders } = found;
  const parts: string[] = ['No follower list was found in what you chose.'];
  if (entriesSeen > 0)
    parts.push(
      `The ZIP file holds ${entriesSeen.toLocaleString('en-GB')} ${entriesSeen === 1 ? 'file' : 'files'}${foldersText(folders)}, none of them a list of followers.`,
    );
  else if (unknownLoose.length > 0)
    parts.push(
      `${unknownLoose.length === 1 ? 'This file is' : 'These files are'} not a follower list this page knows.`,
    );
  if (threadsLists > 0)
    parts.push(
      'It does hold Threads’ lists (your_instagram_activity/threads/): those are the people who follow you on Threads, not on Instagram, so they are not read as your Instagram followers. An Instagram export keeps its list in connections/followers_and_following/; if that folder is missing, an unzip tool may have left it out: choose the ZIP file itself, as it was downloaded.',
    );
  if (unsafeNames > 0)
    parts.push(
      `${countedText(unsafeNames, 'entry', 'entries')} ${unsafeNames === 1 ? 'was' : 'were'} refused because ${unsafeNames === 1 ? 'its name points' : 'their names point'} outside the archive (“../”), which no platform’s export does.`,
    );
  if (nulNames > 0)
    parts.push(
      `${countedText(nulNames, 'entry', 'entries')} ${nulNames === 1 ? 'was' : 'were'} refused because ${nulNames === 1 ? 'its name holds' : 'their names hold'} a NUL character, which no file name can, so the ZIP file has been damaged or made by hand.`,
    );
  parts.push(WHERE_TO_FIND);
  return parts.join(' ');
}

/** Why a list whose every entry failed gave no follower: how many were there, and what was wrong. */
function nothingReadMessage(read: readonly string[], unreadable: number, tooLong: number): string {
  const from = read.length === 1 ? clip(read[0]!.split('/').pop()!, 80) : `${read.length} files`;
  const there =
    unreadable === 1
      ? 'its one entry was there'
      : `${unreadable > MAX_COUNTED ? '' : 'its '}${countedText(unreadable, 'entry', 'entries')} were there`;
  // Past MAX_COUNTED both counts stopped, and how many are left between them is not known.
  const rest = unreadable > MAX_COUNTED ? 0 : unreadable - tooLong;
  const why =
    tooLong === 0
      ? 'none holds a name this page can read'
      : unreadable === 1
        ? 'it holds a value far too long to be a name'
        : `${countedNumber(tooLong)} of them ${tooLong === 1 ? 'holds' : 'hold'} a value far too long to be a name${rest > 0 ? ` and ${rest.toLocaleString('en-GB')} no name this page can read` : ''}`;
  return `No follower could be read from ${from}: ${there}, but ${why}, so it was not read as an empty list.`;
}

/** A growing list of follow times, without an array of boxed numbers. */
class Times {
  values = new Float64Array(1024);
  length = 0;
  push(value: number) {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/**
 * Reads the follower list (and the count of accounts followed) from `files`. `onProgress` gets the share
 * of the list files read so far.
 */
export async function readExport(
  files: readonly File[],
  {
    limits = EXPORT_LIMITS,
    onProgress,
  }: { limits?: ExportLimits; onProgress?: (share: number) => void } = {},
): Promise<ExportReading> {
  const found = await candidatesOf(files, limits);
  const { candidates, unsafeNames, nulNames } = found;
  let holdsFollowers = candidates.filter((candidate) => candidate.known.list !== 'following');
  let guessedList: string | undefined;
  if (holdsFollowers.length === 0 && found.unknownText.length > 0) {
    const guessed = await tikTokListByLayout(found.unknownText);
    if (guessed) {
      candidates.push(guessed);
      holdsFollowers = [guessed];
      guessedList = clip(guessed.label.split('/').pop()!, LABEL_LENGTH);
    }
  }
  if (holdsFollowers.length === 0) throw new ExportProblem(noListMessage(found));
  const platform = holdsFollowers[0]!.known.platform;
  const chosen = candidates
    .filter((candidate) => candidate.known.platform === platform)
    .sort((a, b) => naturally.compare(a.label, b.label));
  if (chosen.length > limits.maxListFiles)
    throw new ExportProblem(
      `This export holds ${chosen.length.toLocaleString('en-GB')} files named as lists of followers or accounts followed, more than the ${limits.maxListFiles.toLocaleString('en-GB')} any platform’s export has, so it was not read.`,
    );
  const otherPlatforms = [
    ...new Set(candidates.map((candidate) => candidate.known.platform).filter((other) => other !== platform)),
  ];

  // The names, in the export's order, without repeats (a Set keeps the order it was filled in). Instagram
  // and TikTok names are not case-sensitive: a name with capitals is also remembered in lower case.
  const names = new Set<string>();
  const lowered = new Set<string>();
  const times = new Times();
  const followed = new Set<string>();
  let sawFollowing = false;
  let unreadable = 0;
  let tooLong = 0;
  let undatable = 0;
  let futureDates = 0;
  let earlyDates = 0;
  let duplicates = 0;
  let full = false;
  // Entries of the follower list in the file being read, and in each of Instagram's followers_N files.
  let fileEntries = 0;
  const partEntries = new Map<number, number>();
  const totalBytes = chosen.reduce((sum, candidate) => sum + candidate.size, 0) || 1;
  let doneBytes = 0;

  const sink = {
    entry(entry: ExportEntry) {
      // Facebook's display names are not unique: there only the same name followed at the same moment is a
      // repeat, and the moment is kept with the name.
      const name = platform === 'facebook' ? `${entry.name}\0${entry.time}` : entry.name;
      if (entry.list === 'following') {
        // Counted up to one past MAX_COUNTED, like everything else passed over.
        if (followed.size <= MAX_COUNTED) followed.add(name);
        return;
      }
      fileEntries++;
      const folded =
        platform !== 'x' && platform !== 'facebook' && /[A-Z]/.test(name) ? name.toLowerCase() : undefined;
      if (
        names.has(name) ||
        lowered.has(name) ||
        (folded !== undefined && (names.has(folded) || lowered.has(folded)))
      ) {
        duplicates = countedOneMore(duplicates);
        return;
      }
      if (names.size >= limits.maxFollowers) {
        full = true;
        return;
      }
      names.add(name);
      if (folded !== undefined) lowered.add(folded);
      const problem = followDateProblem(entry.time);
      if (problem === 'future') futureDates = countedOneMore(futureDates);
      else if (problem === 'early') earlyDates = countedOneMore(earlyDates);
      times.push(problem === undefined ? entry.time : Number.NaN);
    },
    unreadable(list: string, why?: UnreadableWhy) {
      if (list !== 'followers') return;
      unreadable = countedOneMore(unreadable);
      if (why === 'too-long') tooLong = countedOneMore(tooLong);
      fileEntries++;
    },
    // Only the follower list's dates: the accounts followed are not charted, so theirs are not missed.
    undatable(list: string) {
      if (list === 'followers') undatable = countedOneMore(undatable);
    },
  };

  const read: string[] = [];
  for (const candidate of chosen) {
    if (candidate.known.list === 'following') sawFollowing = true;
    const reader = createListReader(candidate.known, sink);
    fileEntries = 0;
    try {
      const stream = ((await candidate.open()) as ReadableStream<BufferSource>).pipeThrough(
        new TextDecoderStream('utf-8'),
      );
      const pieces = stream.getReader();
      let fileBytes = 0;
      for (;;) {
        const { done, value } = await pieces.read();
        if (done) break;
        reader.push(value);
        fileBytes += value.length;
        onProgress?.(Math.min(1, (doneBytes + Math.min(candidate.size, fileBytes / 4)) / totalBytes));
      }
      reader.finish();
      read.push(candidate.label);
      const part = platform === 'instagram' ? instagramPart(candidate.label) : undefined;
      if (part !== undefined) partEntries.set(part, (partEntries.get(part) ?? 0) + fileEntries);
    } catch (error) {
      const message =
        error instanceof ListFileError || error instanceof ZipError || error instanceof ExportProblem
          ? error.message
          : 'the file is damaged or cut short.';
      // A damaged list of the accounts followed costs only that count; a damaged follower list, the result.
      if (candidate.known.list === 'following') continue;
      throw new ExportProblem(
        error instanceof ZipError || error instanceof ExportProblem
          ? message
          : `${candidate.label} could not be read: ${message}`,
      );
    }
    doneBytes += candidate.size;
    onProgress?.(doneBytes / totalBytes);
  }
  if (full)
    throw new ExportProblem(
      `This list has more than ${limits.maxFollowers.toLocaleString('en-GB')} followers, more than this page reads.`,
    );
  // Entries were there and none could be read: that is no empty list, and is never shown as one.
  if (names.size === 0 && unreadable > 0)
    throw new ExportProblem(nothingReadMessage(read, unreadable, tooLong));
  const followTimes = times.values.slice(0, times.length);
  return {
    platform,
    formats: [...new Set(chosen.map((candidate) => candidate.known.format))],
    read,
    followers: {
      names:
        platform === 'facebook'
          ? Array.from(names, (name) => name.slice(0, name.indexOf('\0')))
          : Array.from(names),
      times: followTimes,
      days: followDays(followTimes),
    },
    following: sawFollowing || followed.size > 0 ? followed.size : undefined,
    unreadable,
    undatable,
    futureDates,
    earlyDates,
    duplicates,
    unsafeNames,
    nulNames,
    otherPlatforms,
    parts: partsOf(partEntries),
    guessedList,
  };
}

// Text files of unknown name looked into, at most, and how much of each.
const MAX_SNIFFED = 60;
const SNIFF_CHARS = 16_384;

/** The first `SNIFF_CHARS` characters of a file, or '' when it cannot be read. */
async function headOf(file: Unknown): Promise<string> {
  try {
    const reader = ((await file.open()) as ReadableStream<BufferSource>)
      .pipeThrough(new TextDecoderStream('utf-8'))
      .getReader();
    let head = '';
    while (head.length < SNIFF_CHARS) {
      const { done, value } = await reader.read();
      if (done) break;
      head += value;
    }
    void reader.cancel().catch(() => undefined);
    return head.slice(0, SNIFF_CHARS);
  } catch {
    return '';
  }
}

/**
 * A TikTok list whose file name is in a language the page does not know, found by its layout. Only a name
 * says whether a list holds the followers or the accounts followed, so one such file is taken for the
 * follower list (the result says so), and two or more are refused with their names.
 */
async function tikTokListByLayout(files: readonly Unknown[]): Promise<Candidate | undefined> {
  const lists: Unknown[] = [];
  for (const file of files) if (looksLikeTikTokList(await headOf(file))) lists.push(file);
  if (lists.length === 0) return undefined;
  if (lists.length > 1)
    throw new ExportProblem(
      `These files are laid out as TikTok’s lists, with names in a language this page does not know yet: ${lists
        .slice(0, 4)
        .map((list) => `“${clip(list.label.split('/').pop()!, 60)}”`)
        .join(
          ', ',
        )}. Only a file’s name says whether it lists your followers or the accounts you follow, so choose the one that lists your followers on its own.`,
    );
  const [list] = lists;
  return {
    label: list!.label,
    known: { platform: 'tiktok', format: 'txt', list: 'followers' },
    size: 1,
    open: list!.open,
  };
}
