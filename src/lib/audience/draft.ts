import { localDraft } from '../parse/local-draft';
import { isRecord } from '../parse/untrusted';
import { tameFields, tameText, type TamedFields } from '../text/tame';
import type { AudienceField, AudienceForm } from './compare';

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

/** As long as the estimator's label of an imported share may be ("Sample audit"). */
const MAX_IMPORTED_LABEL = 100;

// Any length is read back: tameAccount cuts a text past its field's room, and the page says so.
const text = (value: unknown): value is string => typeof value === 'string';
const share = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;

function readImported(value: unknown): ComparedAccount['imported'] | null {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return null;
  const { text: shown, low, high, label } = value;
  return text(shown) && share(low) && share(high) && low <= high && text(label)
    ? { text: shown, low, high, label }
    : null;
}

/**
 * The fields a draft may leave out: drafts kept before the comparator took likes and comments and a fee
 * have neither, and read as empty.
 */
const OPTIONAL_FIELDS = ['interactions', 'fee'] as const;

function readAccount(value: unknown): ComparedAccount | undefined {
  if (!isRecord(value) || !text(value['name']) || !isRecord(value['fields'])) return undefined;
  const stored = value['fields'];
  const { followers, fakeShare, engagementRate } = stored;
  if (!text(followers) || !text(fakeShare) || !text(engagementRate)) return undefined;
  const [interactions, fee] = OPTIONAL_FIELDS.map((key) => stored[key] ?? '');
  if (!text(interactions) || !text(fee)) return undefined;
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

/**
 * Reads both accounts back exactly as stored, or nothing if any part is not what the page writes; texts of any
 * length, for tameAccount to bound.
 */
export function readComparedAccounts(value: unknown): [ComparedAccount, ComparedAccount] | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [a, b] = value.map(readAccount);
  return a && b ? [a, b] : undefined;
}

/** The fields of an account that keep text: its name and its five figures. */
export type AccountText = 'name' | AudienceField;

/** The most characters each field of an account keeps. */
export const roomOf = (key: AccountText): number => (key === 'name' ? MAX_ACCOUNT_NAME : MAX_AUDIENCE_FIELD);

/**
 * An account read back from storage with every text tamed as typing tames it (tameText): what each field keeps,
 * and what taming cut, for the page to say. An imported share's text is tamed like its field, so the two
 * still match.
 */
export function tameAccount(account: ComparedAccount): {
  account: ComparedAccount;
  tamed: TamedFields<AccountText>;
} {
  const tamed = tameFields({ name: account.name, ...account.fields }, roomOf);
  const { name, ...fields } = tamed.fields;
  const { imported } = account;
  return {
    account: {
      ...account,
      name,
      fields,
      imported: imported && {
        ...imported,
        text: tameText(imported.text, MAX_AUDIENCE_FIELD).text,
        label: tameText(imported.label, MAX_IMPORTED_LABEL).text,
      },
    },
    tamed,
  };
}

/** The comparator's two accounts, as typed, kept in this browser. */
export const comparatorDraft = localDraft('real-reach:comparator', 1, readComparedAccounts);
