import { localDraft, textFields } from '../parse/local-draft';
import { PLATFORMS, type Platform } from '../platforms';
import { MAX_DRAFT_LENGTH } from './limits';

/**
 * Where a draft goes until the owner has chosen: Instagram, where a small business that shows its products
 * is most likely to post (the quick check starts there too).
 */
export const DEFAULT_DRAFT_PLATFORM: Platform = 'instagram';

/** Twice the longest draft that is checked whole; a longer one is not saved, and the page says so. */
export const MAX_SAVED_CHARS = 2 * MAX_DRAFT_LENGTH;

/** The draft as typed (empty until one is) and the platform chosen for it last. */
export interface SavedDraft {
  text: string;
  platform: Platform;
}

const draftFields = textFields(['text', 'platform'] as const);

/**
 * Reads a stored draft strictly: exactly a text and one of the site's platforms, or nothing at all, so a stale
 * or tampered entry opens the checker on its defaults. A text of any length is read: the checker tames one that
 * breaks its bounds, and says so.
 */
export function readSavedDraft(value: unknown): SavedDraft | undefined {
  const fields = draftFields(value);
  const platform = PLATFORMS.find((option) => option === fields?.platform);
  return fields && platform ? { text: fields.text, platform } : undefined;
}

/** The draft and its platform, kept in this browser so that a reload, or the next post, starts from them. */
export const savedDraft = localDraft('real-reach:draft', 1, readSavedDraft);
