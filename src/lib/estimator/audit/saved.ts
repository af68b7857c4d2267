/*
 * What the owner adds to an audit, kept in this browser so that a reload (or a phone that drops the tab) loses
 * none of it: the follower count she typed and her answers in the hand check. The file itself is never stored.
 * The notes come back when the same file is audited again, known by its name and size and by the audit giving
 * the same counts on the same platform. Notes for the last few files are kept, newest first, so auditing
 * another file never throws away a check half done. Everything read back goes through the strict readers
 * below: anything the page would not have written, and the stored notes are ignored.
 */
import { handAnswerOf, type HandAnswers } from '../hand/answers';
import { localDraft } from '../../parse/local-draft';
import { hasKeys, isRecord, isWholeBetween, readByPosition } from '../../parse/untrusted';
import { MAX_HAND_CHECK, type CheckedAccount } from '../hand/audit-check';
import { AUDIT_PLATFORMS, type AuditPlatform } from './plan';

/** Which audit a note belongs to. */
export interface AuditKey {
  file: { name: string; size: number };
  platform: AuditPlatform;
  scored: number;
  flagged: number;
}

export interface AuditNote extends AuditKey {
  /** The account's follower count, as typed. */
  followers: string;
  /** The hand check, once started: the accounts drawn and the answers so far, keyed by line. */
  handCheck?: { accounts: CheckedAccount[]; answers: HandAnswers } | undefined;
}

export const AUDIT_NOTES_KEY = 'real-reach:audit-notes';
// 2: the rules were refitted on four data sets, so answers filed under the old rules' flagged and unflagged
// groups no longer belong to the same groups; notes of version 1 are dropped.
export const AUDIT_NOTES_VERSION = 2;
/** Notes for this many files are kept; the oldest goes when another file is audited. */
export const MAX_AUDIT_NOTES = 3;
// Names are listed at most 60 characters long, with an ellipsis; file names as long as any system allows.
const MAX_STORED_HANDLE = 61;
const MAX_FILE_NAME = 1_000;
/** As long as the follower field in the audit could sensibly be. */
export const MAX_FOLLOWERS_TEXT = 200;
const MAX_LINE = 2 ** 32;
const PLATFORM_IDS: readonly unknown[] = AUDIT_PLATFORMS.map((platform) => platform.id);

/**
 * Whether two notes are for one audit: the same file giving the same counts. The platform it is scored as is
 * not part of it, since the check is the same on every platform: scoring the file again as another platform
 * keeps the answers (and the note takes the new platform).
 */
export function isSameAudit(a: AuditKey, b: AuditKey): boolean {
  return (
    a.file.name === b.file.name &&
    a.file.size === b.file.size &&
    a.scored === b.scored &&
    a.flagged === b.flagged
  );
}

/** The note for `key` among `notes`, if any. */
export function noteFor(notes: readonly AuditNote[], key: AuditKey): AuditNote | undefined {
  return notes.find((note) => isSameAudit(note, key));
}

/** `notes` with `note` in first place, replacing the one for the same audit, at most MAX_AUDIT_NOTES. */
export function withNote(notes: readonly AuditNote[], note: AuditNote): AuditNote[] {
  return [note, ...notes.filter((other) => !isSameAudit(other, note))].slice(0, MAX_AUDIT_NOTES);
}

/** Whether a note holds anything the owner gave: a follower count or at least one answer. */
export function holdsWork(note: AuditNote): boolean {
  return note.followers !== '' || Object.keys(note.handCheck?.answers ?? {}).length > 0;
}

function readCheckedAccount(value: unknown): CheckedAccount | undefined {
  if (!isRecord(value) || !hasKeys(value, ['handle', 'line', 'group'])) return undefined;
  const { handle, line, group } = value;
  if (typeof handle !== 'string' || handle.length > MAX_STORED_HANDLE) return undefined;
  if (!isWholeBetween(line, 1, MAX_LINE) || (group !== 'flagged' && group !== 'notFlagged')) return undefined;
  return { handle, line, group };
}

function readHandCheck(value: unknown, key: AuditKey): AuditNote['handCheck'] | null {
  if (value === undefined) return undefined;
  if (!isRecord(value) || !hasKeys(value, ['accounts', 'answers'])) return null;
  const { accounts, answers } = value;
  if (!Array.isArray(accounts) || accounts.length < 1 || accounts.length > MAX_HAND_CHECK) return null;
  const read = accounts.map(readCheckedAccount);
  if (read.some((account) => account === undefined)) return null;
  const checked = read as CheckedAccount[];
  const lines = new Set(checked.map((account) => account.line));
  if (lines.size !== checked.length) return null;
  // No more of a group than the audit had.
  const inGroup = (group: CheckedAccount['group']) => checked.filter((a) => a.group === group).length;
  if (inGroup('flagged') > key.flagged || inGroup('notFlagged') > key.scored - key.flagged) return null;
  // A hand check's answers are the spot-check's three.
  const given = readByPosition(answers, lines, handAnswerOf);
  return given ? { accounts: checked, answers: given } : null;
}

function readNote(value: unknown): AuditNote | undefined {
  if (
    !isRecord(value) ||
    !hasKeys(value, ['file', 'platform', 'scored', 'flagged', 'followers'], ['handCheck'])
  )
    return undefined;
  const { file, platform, scored, flagged, followers } = value;
  if (!isRecord(file) || !hasKeys(file, ['name', 'size'])) return undefined;
  const { name, size } = file;
  if (typeof name !== 'string' || name === '' || name.length > MAX_FILE_NAME) return undefined;
  if (!isWholeBetween(size, 0, Number.MAX_SAFE_INTEGER) || !PLATFORM_IDS.includes(platform)) return undefined;
  if (!isWholeBetween(scored, 0, MAX_LINE) || !isWholeBetween(flagged, 0, scored)) return undefined;
  if (typeof followers !== 'string' || followers.length > MAX_FOLLOWERS_TEXT) return undefined;
  const key: AuditKey = { file: { name, size }, platform: platform as AuditPlatform, scored, flagged };
  const handCheck = readHandCheck(value['handCheck'], key);
  if (handCheck === null) return undefined;
  return handCheck ? { ...key, followers, handCheck } : { ...key, followers };
}

/** Strictly reads the stored notes, newest first; undefined for anything the page would not have written. */
export function parseAuditNotes(value: unknown): AuditNote[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_AUDIT_NOTES) return undefined;
  const notes = value.map(readNote);
  if (notes.some((note) => note === undefined)) return undefined;
  const read = notes as AuditNote[];
  // Two notes for one audit cannot come from the page.
  return read.every((note, index) => read.findIndex((other) => isSameAudit(other, note)) === index)
    ? read
    : undefined;
}

/** The notes as kept in this browser's storage. */
export const auditNotes = localDraft(AUDIT_NOTES_KEY, AUDIT_NOTES_VERSION, parseAuditNotes);
