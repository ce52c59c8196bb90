/** Shapes of the TTO workbench (catalogue, demand signals, bulk import) and of the operators' audit log. */
import type { PostingStatus } from './postingTypes'
import type { PostingKind, PostingSummary } from './types'

/** A posting of the caller's own organisation: any status. */
export interface CatalogueItem extends PostingSummary {
  status: PostingStatus
  publishedAt: string
}

export interface CatalogueQuery {
  status?: PostingStatus
  /** Part of the title. */
  q?: string
  page?: number
  size?: number
}

/**
 * What shows a result is wanted. `matchingNeeds` is null while the result is not public (or search is down);
 * `interestReceived` counts expressions of interest from other organisations.
 */
export interface DemandSignals {
  resultId: number
  views: number
  matchingNeeds: number | null
  interestReceived: number
}

export type ImportFormat = 'csv' | 'xlsx'

/** One problem of one row: the row as a spreadsheet numbers it (the header is row 1) and the column as named in the file. */
export interface ImportRowError {
  row: number
  column: string
  message: string
}

export interface ImportValidation {
  importId: string
  totalRows: number
  validRows: number
  /** Exact, even when `errors` lists only the first thousand. */
  errorCount: number
  errors: ImportRowError[]
}

export type ImportStatus = 'VALIDATED' | 'RUNNING' | 'COMPLETED' | 'DISCARDED'

export interface ImportProgress {
  importId: string
  status: ImportStatus
  processedRows: number
  totalRows: number
  validRows: number
  created: number
  updated: number
  unchanged: number
  failed: number
  /** False: the rows became drafts. */
  submitted: boolean
  /** Once completed: the results created or updated, in file order. */
  postingIds: number[]
}

export type AuditAction =
  | 'CREATED'
  | 'EDITED'
  | 'SUBMITTED'
  | 'APPROVED'
  | 'REJECTED'
  | 'WITHDRAWN'
  | 'NEGOTIATION_STARTED'
  | 'CLOSED'
  | 'EXPIRED'
  | 'ATTACHMENT_ADDED'
  | 'ATTACHMENT_REMOVED'
  | 'FEATURED'
  | 'UNFEATURED'

export const AUDIT_ACTIONS: AuditAction[] = [
  'CREATED',
  'EDITED',
  'SUBMITTED',
  'APPROVED',
  'REJECTED',
  'WITHDRAWN',
  'NEGOTIATION_STARTED',
  'CLOSED',
  'EXPIRED',
  'ATTACHMENT_ADDED',
  'ATTACHMENT_REMOVED',
  'FEATURED',
  'UNFEATURED',
]

export interface AuditQuery {
  posting?: number
  kind?: PostingKind
  actorName?: string
  action?: AuditAction
  /** ISO dates (days in Hengyang), both inclusive. */
  from?: string
  to?: string
  page?: number
  size?: number
}

export interface FieldChange {
  field: string
  from: unknown
  to: unknown
}

export interface AuditEntry {
  id: number
  postingId: number
  kind: PostingKind
  postingTitle: string
  actorId: number | null
  actorName: string
  action: AuditAction
  fromStatus: PostingStatus | null
  toStatus: PostingStatus | null
  reason: string | null
  changes: FieldChange[]
  occurredAt: string
}
