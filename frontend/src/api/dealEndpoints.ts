import { api } from './client'
import type {
  Assignment,
  BrokerPerson,
  BrokerRequest,
  Deal,
  DealStage,
  FollowUp,
  IntroducedInterest,
  IntroductionRequest,
  PostingRelation,
  StageChange,
  StageChangeEntry,
  SubjectType,
  Workbench,
} from './dealTypes'

const BASE = '/api/v1'

/** What a new deal is about: a need and/or a result, the other side for a single posting, the conversation it came from. */
export interface DealOpening {
  needId?: number
  resultId?: number
  counterpartOrganisationId?: number
  conversationId?: number
}

export const dealsApi = {
  list: (stage: DealStage | undefined, signal?: AbortSignal) =>
    api.get<Deal[]>(`${BASE}/deals`, { query: stage ? { stage } : {}, signal }),
  get: (id: number, signal?: AbortSignal) => api.get<Deal>(`${BASE}/deals/${id}`, { signal }),
  history: (id: number, signal?: AbortSignal) => api.get<StageChangeEntry[]>(`${BASE}/deals/${id}/history`, { signal }),
  /** Proposes the next stage (the other side confirms it), or marks the deal lost. */
  changeStage: (id: number, change: StageChange) => api.post<Deal>(`${BASE}/deals/${id}/stage`, change),
  confirm: (id: number, version: number) => api.post<Deal>(`${BASE}/deals/${id}/confirmation`, { version }),
  confirmProposal: (id: number, version: number) =>
    api.post<Deal>(`${BASE}/deals/${id}/proposal/confirmation`, { version }),
  rejectProposal: (id: number, version: number, reason?: string) =>
    api.post<Deal>(`${BASE}/deals/${id}/proposal/rejection`, { version, reason }),
  dispute: (id: number, reason: string) => api.post<Deal>(`${BASE}/deals/${id}/dispute`, { reason }),
  voidDeal: (id: number, reason: string) => api.post<Deal>(`${BASE}/deals/${id}/void`, { reason }),
  create: (draft: DealOpening) => api.post<Deal>(`${BASE}/deals`, draft),
}

export const brokerApi = {
  workbench: (signal?: AbortSignal) => api.get<Workbench>(`${BASE}/broker/workbench`, { signal }),
  assignmentsOf: (subjectType: SubjectType, subjectId: number, signal?: AbortSignal) =>
    api.get<Assignment[]>(`${BASE}/broker/assignments`, { query: { subjectType, subjectId }, signal }),
  brokers: (signal?: AbortSignal) => api.get<BrokerPerson[]>(`${BASE}/broker/brokers`, { signal }),
  assign: (brokerAccountId: number, subjectType: SubjectType, subjectId: number) =>
    api.post<Assignment>(`${BASE}/broker/assignments`, { brokerAccountId, subjectType, subjectId }),
  unassign: (id: number) => api.delete(`${BASE}/broker/assignments/${id}`),
  followUps: (signal?: AbortSignal) => api.get<FollowUp[]>(`${BASE}/broker/follow-ups`, { signal }),
  agencyOverdue: (signal?: AbortSignal) =>
    api.get<FollowUp[]>(`${BASE}/broker/follow-ups`, { query: { scope: 'agency' }, signal }),
  addFollowUp: (draft: { subjectType: SubjectType; subjectId: number; note: string; dueOn: string }) =>
    api.post<FollowUp>(`${BASE}/broker/follow-ups`, draft),
  done: (id: number) => api.post<FollowUp>(`${BASE}/broker/follow-ups/${id}/done`),
  introduce: (request: IntroductionRequest) => api.post<IntroducedInterest>(`${BASE}/broker/introductions`, request),
  /** received: addressed to the calling broker (operators: open requests to any broker); sent: the organisation's. */
  requests: (box: 'received' | 'sent', signal?: AbortSignal) =>
    api.get<BrokerRequest[]>(`${BASE}/broker/requests`, { query: { box }, signal }),
  ask: (draft: { subjectType: SubjectType; subjectId: number; brokerAccountId: number | null; message: string }) =>
    api.post<BrokerRequest>(`${BASE}/broker/requests`, draft),
  acceptRequest: (id: number) => api.post<BrokerRequest>(`${BASE}/broker/requests/${id}/acceptance`),
  declineRequest: (id: number) => api.post<BrokerRequest>(`${BASE}/broker/requests/${id}/decline`),
  withdrawRequest: (id: number) => api.post<BrokerRequest>(`${BASE}/broker/requests/${id}/withdrawal`),
}

/** The signed-in viewer's relation to a posting: its interest, conversation and deal, and what it may still do. */
export const postingRelationApi = {
  get: (postingId: number, signal?: AbortSignal) =>
    api.get<PostingRelation>(`${BASE}/postings/${postingId}/relation`, { signal }),
}
