// Messages between the series box and its Web Worker. Types only: nothing here ships as code.
import type { SeriesReading } from '../../lib/history/series';

export interface SeriesRequest {
  id: number;
  text: string;
  /** The reader's calendar day (days since 1970 in UTC), past which a count is flagged. */
  today: number;
}

export interface SeriesResponse {
  id: number;
  reading: SeriesReading;
}
