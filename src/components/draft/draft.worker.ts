/// <reference lib="webworker" />
// Checks drafts off the main thread, so that typing stays quick however long the draft is. Each answer
// repeats the number of the request it answers, so the page can drop answers to older text.
import { checkDraft } from '../../lib/draft/check';
import type { DraftRequest, DraftResponse } from './draft-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<DraftRequest>) => {
  const { id, text, platform } = event.data;
  self.postMessage({ id, report: checkDraft(text, platform) } satisfies DraftResponse);
};
