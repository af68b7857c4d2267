/*
 * The format readers are in ./readers/. This is left only for saved.ts, which is being changed elsewhere and
 * still imports from here; once it imports from './readers', delete this file.
 */
export { MAX_NAME_LENGTH } from './readers';
