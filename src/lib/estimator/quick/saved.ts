import { localDraft, textFields } from '../../parse/local-draft';
import { formatCount } from '../../numbers/format';
import { DEFAULT_BOUGHT, type QuickCheckField } from './quick-check';

/** The quick check's fields as typed, valid or not. */
export type QuickFields = Record<QuickCheckField, string>;

/** The most characters a field takes: far more than any number, and all of it kept as typed. */
export const MAX_FIELD = 200;

/**
 * What was typed into the quick check, valid or not, kept in this browser so a reload loses none of it; a field
 * longer than MAX_FIELD comes back tamed (tameFields), with a note.
 */
export const quickDraft = localDraft(
  'real-reach:quick-check',
  1,
  textFields(['platform', 'followers', 'likes', 'comments'] as const),
);

export const EMPTY_QUICK_FIELDS: QuickFields = {
  platform: 'instagram',
  followers: '',
  likes: '',
  comments: '',
};

/**
 * Whose account the numbers are from, and how many followers the what-if adds, as typed. Kept in a record of
 * their own, so the numbers' record (and the links made from it) stay as they were.
 */
export type QuickOptions = Record<'account' | 'bought', string>;

export const quickOptionsDraft = localDraft(
  'real-reach:quick-check-options',
  1,
  textFields(['account', 'bought'] as const),
);

export const DEFAULT_QUICK_OPTIONS: QuickOptions = {
  account: 'business',
  bought: formatCount(DEFAULT_BOUGHT),
};
