import { localDraft, textFields } from '../../parse/local-draft';
import type { QuickCheckField } from './quick-check';

/** The quick check's fields as typed, valid or not. */
export type QuickFields = Record<QuickCheckField, string>;

/** The most characters a field takes: far more than any number, and all of it kept as typed. */
export const MAX_FIELD = 200;

/** What was typed into the quick check, valid or not, kept in this browser so a reload loses none of it. */
export const quickDraft = localDraft(
  'real-reach:quick-check',
  1,
  textFields(['platform', 'followers', 'likes', 'comments'] as const, MAX_FIELD),
);

export const EMPTY_QUICK_FIELDS: QuickFields = {
  platform: 'instagram',
  followers: '',
  likes: '',
  comments: '',
};
