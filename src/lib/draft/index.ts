export { checkDraft, MAX_DRAFT_LENGTH } from './check';
export type { DraftReport, DraftStats, Finding, Severity } from './types';
