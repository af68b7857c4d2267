export { checkDraft, MAX_DRAFT_LENGTH } from './check';
export { DRAFT_PLATFORMS } from './platforms';
export type { DraftPlatform, DraftReport, DraftStats, Finding, Severity } from './types';
