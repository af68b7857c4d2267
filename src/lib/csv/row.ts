import type { FollowerProfile } from '../estimator/profile/types';
import { isMissingCell, parseBooleanCell, parseCountCell, parseDateCell } from './cells';
import { PROFILE_KEY, type ColumnMapping, type ProfileField } from './columns';
import { clip } from '../text/clip';

export type RowResult = { ok: true; profile: FollowerProfile } | { ok: false; reason: string };

/** The reason given for a row whose cells are all empty, so the caller can skip it silently. */
export const EMPTY_ROW = 'empty row';

type CountKey = 'followers' | 'following' | 'posts' | 'likesGiven' | 'listed';
type FlagKey = 'verified' | 'private';
type TextKey = 'bio' | 'url' | 'location';

const COUNT_KEYS: readonly CountKey[] = ['followers', 'following', 'posts', 'likesGiven', 'listed'];
const FLAG_KEYS: readonly FlagKey[] = ['verified', 'private'];
const TEXT_KEYS: readonly TextKey[] = ['bio', 'url', 'location'];
const PHOTO_FLAG_KEYS: readonly ('defaultImage' | 'hasPhoto')[] = ['defaultImage', 'hasPhoto'];

// Markers of a default avatar in a photo address. Twitter/X: ".../default_profile_images/default_profile_normal.png".
// Instagram serves every account without a photo the same file (its cache key decodes to "anonymous_profile_pic").
const DEFAULT_PHOTO_MARKERS = ['default_profile', '44884218_345707102882519_2446069589734326272_n'];

const EMPTY_ROW_RESULT: RowResult = Object.freeze({ ok: false, reason: EMPTY_ROW });
const MAX_QUOTED_CHARS = 40;

interface Column<Key> {
  index: number;
  /** The header name, used in skip reasons. */
  name: string;
  key: Key;
}

/**
 * Builds the function that turns one parsed CSV record into a profile, with the mapping resolved to
 * column positions once, so the per-row work is a few cell parses. With `fields`, only the columns that fill
 * those profile fields are read: a row is never skipped over a column no check looks at, and a wide export
 * costs only what is used. Throws RangeError if the mapping points outside the header (a bug in the caller,
 * not bad input).
 */
export function createRowReader(
  header: readonly string[],
  mapping: ColumnMapping,
  fields?: ReadonlySet<keyof FollowerProfile>,
): (cells: readonly string[]) => RowResult {
  function column<Key extends ProfileField>(key: Key): Column<Key> | undefined {
    const index = mapping[key];
    if (index === undefined || (fields && !fields.has(PROFILE_KEY[key]))) return undefined;
    if (!Number.isInteger(index) || index < 0 || index >= header.length) {
      throw new RangeError(`Column ${index} for ${key} is outside the header of ${header.length} columns`);
    }
    return { index, name: header[index]!.trim() || `column ${index + 1}`, key };
  }
  function columns<Key extends ProfileField>(keys: readonly Key[]): Column<Key>[] {
    return keys.flatMap((key) => column(key) ?? []);
  }
  const handle = column('handle');
  const counts = columns(COUNT_KEYS);
  const flags = columns(FLAG_KEYS);
  const texts = columns(TEXT_KEYS);
  const createdAt = column('createdAt');
  // Ways to tell a default avatar, most direct first; the first one the row knows decides.
  const photoFlags = columns(PHOTO_FLAG_KEYS);
  const photoUrl = column('photoUrl');
  const width = header.length;

  return function readRow(cells) {
    if (isEmptyRow(cells)) return EMPTY_ROW_RESULT;
    if (cells.length !== width) return skip(`row has ${cells.length} cells but the header has ${width}`);
    const profile: FollowerProfile = { handle: handle ? handleFrom(cells[handle.index]!) : '' };
    // Whether any cell besides the handle holds a value; a row with none is not worth a verdict.
    let known = false;

    for (const { index, name, key } of counts) {
      const value = parseCountCell(cells[index]!);
      if (value === 'invalid') return skip(`${name} is not a whole number (${quoted(cells[index]!)})`);
      if (value !== undefined) {
        profile[key] = value;
        known = true;
      }
    }
    for (const { index, name, key } of flags) {
      const value = parseBooleanCell(cells[index]!);
      if (value === 'invalid') return skip(`${name} is not yes or no (${quoted(cells[index]!)})`);
      if (value !== undefined) {
        profile[key] = value;
        known = true;
      }
    }
    for (const { index, key } of texts) {
      const text = cells[index]!.trim();
      // An empty text cell is known to be empty (see FollowerProfile), but is not a usable value by itself.
      if (isMissingCell(text)) profile[key] = '';
      else {
        profile[key] = text;
        known = true;
      }
    }
    if (createdAt) {
      const value = parseDateCell(cells[createdAt.index]!);
      if (value === 'invalid')
        return skip(`${createdAt.name} is not a date (${quoted(cells[createdAt.index]!)})`);
      if (value !== undefined) {
        profile.createdAt = value;
        known = true;
      }
    }

    let isDefault: boolean | undefined;
    for (const { index, name, key } of photoFlags) {
      const value = parseBooleanCell(cells[index]!);
      if (value === 'invalid') return skip(`${name} is not yes or no (${quoted(cells[index]!)})`);
      if (value !== undefined) {
        isDefault = key === 'hasPhoto' ? !value : value;
        known = true;
        break;
      }
    }
    if (isDefault === undefined && photoUrl) {
      const url = cells[photoUrl.index]!.trim();
      isDefault = isDefaultPhotoUrl(url);
      known ||= !isMissingCell(url);
    }
    if (isDefault !== undefined) profile.defaultImage = isDefault;

    return known ? { ok: true, profile } : skip('no usable values');
  };
}

function skip(reason: string): RowResult {
  return { ok: false, reason };
}

function isEmptyRow(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return true;
}

function handleFrom(cell: string): string {
  const text = cell.trim();
  if (isMissingCell(text)) return '';
  return text.startsWith('@') ? text.slice(1) : text;
}

/** An empty photo address, or one of a platform's default avatar, means the account has no photo of its own. */
function isDefaultPhotoUrl(url: string): boolean {
  return isMissingCell(url) || DEFAULT_PHOTO_MARKERS.some((marker) => url.includes(marker));
}

/** A cell quoted for a message, shortened so a long bio cannot flood the list of skipped rows. */
function quoted(cell: string): string {
  const text = cell.trim();
  return `“${clip(text, MAX_QUOTED_CHARS)}”`;
}
