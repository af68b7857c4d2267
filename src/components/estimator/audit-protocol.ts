// Messages between the sample-audit panel and its Web Worker. Types only: nothing here ships as code.
import type { AuditSummary } from '../../lib/audit/summary';
import type { ColumnMapping } from '../../lib/csv/columns';

export type AuditRequest =
  | { type: 'audit'; file: File; mapping?: ColumnMapping | undefined }
  | { type: 'export'; file: File; mapping: ColumnMapping };

export type AuditResponse =
  | { type: 'progress'; fraction: number; rows: number }
  | { type: 'needs-mapping'; header: string[]; mapping: ColumnMapping; problems: string[] }
  | { type: 'done'; summary: AuditSummary; header: string[]; mapping: ColumnMapping; milliseconds: number }
  | { type: 'exported'; blob: Blob }
  | { type: 'failed'; message: string };
