import { localDraft } from '../parse/local-draft';
import { isRecord } from '../parse/untrusted';
import type { AudienceForm } from './compare';

/** One account in the comparator, as typed. */
export interface ComparedAccount extends AudienceForm {
  name: string;
  /** The interval that came with an imported fake share, kept while the field still shows that share. */
  imported?: { text: string; low: number; high: number; label: string } | undefined;
}

/** As long as the name field allows. */
export const MAX_ACCOUNT_NAME = 40;
/** The most characters a number field takes, all of it kept as typed. */
export const MAX_AUDIENCE_FIELD = 200;

const text = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const share = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;

function readImported(value: unknown): ComparedAccount['imported'] | null {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return null;
  const { text: shown, low, high, label } = value;
  return text(shown, MAX_AUDIENCE_FIELD) && share(low) && share(high) && low <= high && text(label, 100)
    ? { text: shown, low, high, label }
    : null;
}

/**
 * The fields a draft may leave out: drafts kept before the comparator took likes and comments and a fee
 * have neither, and read as empty.
 */
const OPTIONAL_FIELDS = ['interactions', 'fee'] as const;

function readAccount(value: unknown): ComparedAccount | undefined {
  if (!isRecord(value) || !text(value['name'], MAX_ACCOUNT_NAME) || !isRecord(value['fields']))
    return undefined;
  const stored = value['fields'];
  const { followers, fakeShare, engagementRate } = stored;
  if (
    !text(followers, MAX_AUDIENCE_FIELD) ||
    !text(fakeShare, MAX_AUDIENCE_FIELD) ||
    !text(engagementRate, MAX_AUDIENCE_FIELD)
  )
    return undefined;
  const [interactions, fee] = OPTIONAL_FIELDS.map((key) => stored[key] ?? '');
  if (!text(interactions, MAX_AUDIENCE_FIELD) || !text(fee, MAX_AUDIENCE_FIELD)) return undefined;
  // Older drafts had no choice: their engagement was always a rate, and their fake share always given.
  const { fakeShareUnknown = false, engagementKind = 'rate' } = value;
  if (
    typeof fakeShareUnknown !== 'boolean' ||
    (engagementKind !== 'rate' && engagementKind !== 'interactions')
  )
    return undefined;
  const imported = readImported(value['imported']);
  if (imported === null) return undefined;
  return {
    name: value['name'],
    fields: { followers, fakeShare, interactions, engagementRate, fee },
    fakeShareUnknown,
    engagementKind,
    imported,
  };
}

/** Reads both accounts back exactly as stored, or nothing if any part is not what the page writes. */
export function readComparedAccounts(value: unknown): [ComparedAccount, ComparedAccount] | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [a, b] = value.map(readAccount);
  return a && b ? [a, b] : undefined;
}

/** The comparator's two accounts, as typed, kept in this browser. */
export const comparatorDraft = localDraft('real-reach:comparator', 1, readComparedAccounts);
