// Messages between the draft checker and its Web Worker. Types only: nothing here ships as code.
import type { DraftReport } from '../../lib/draft';
import type { Platform } from '../../lib/platforms';

export interface DraftRequest {
  id: number;
  text: string;
  platform: Platform;
}

export interface DraftResponse {
  id: number;
  report: DraftReport;
}
