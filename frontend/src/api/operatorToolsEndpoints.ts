import { api } from './client'
import type { VerificationStatus } from './types'

const BASE = '/api/v1'

/** One operator's decision on an organisation's verification, as the audit log shows it. */
export interface VerificationDecision {
  organisationId: number
  nameZh: string
  nameEn: string | null
  decision: Extract<VerificationStatus, 'VERIFIED' | 'REJECTED'>
  reason: string | null
  /** Null when the operator's account is gone. */
  operatorName: string | null
  decidedAt: string
}

export interface VerificationDecisionPage {
  items: VerificationDecision[]
  more: boolean
}

/** The national enterprise credit system, where anyone can look a credit code up (it takes no query in the URL). */
export const CREDIT_CHECK_URL = 'https://www.gsxt.gov.cn'

/** The operators' tools beside their queues: the licence preview and the verification decisions. */
export const operatorToolsApi = {
  /** The licence, served inline for the preview frame (operators only; the portal alone may frame it). */
  licencePreviewUrl: (organisationId: number) => `${BASE}/operator/verifications/${organisationId}/licence`,
  verificationDecisions: (page: number, size: number, signal?: AbortSignal) =>
    api.get<VerificationDecisionPage>(`${BASE}/operator/verifications/decisions`, { query: { page, size }, signal }),
  feature: (resultId: number) => api.put<void>(`${BASE}/operator/featured-results/${resultId}`, {}),
  unfeature: (resultId: number) => api.delete<void>(`${BASE}/operator/featured-results/${resultId}`),
}
