// Messages between the draft checker and its Web Worker. Types only: nothing here ships as code.
import type { DraftPlatform, DraftReport } from '../../lib/draft';

export interface DraftRequest {
  id: number;
  text: string;
  platform: DraftPlatform;
}

export interface DraftResponse {
  id: number;
  report: DraftReport;
}
