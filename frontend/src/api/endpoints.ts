import { api } from './client'
import type {
  FieldNode,
  MatchList,
  NeedDraft,
  NeedView,
  PostingDetail,
  ResultDraft,
  ResultView,
  SearchPage,
  Suggestion,
} from './postingTypes'
import type {
  Cluster,
  ClusterFigure,
  LegalDocument,
  LegalKind,
  Member,
  Named,
  OperatorBoard,
  OrganisationProfile,
  Page,
  PlatformStats,
  PostingKind,
  PostingSummary,
  ProfileChange,
  Region,
  Registered,
  RegistrationForm,
  Session,
  Verification,
} from './types'
import type {
  AuditEntry,
  AuditQuery,
  CatalogueItem,
  CatalogueQuery,
  DemandSignals,
  ImportFormat,
  ImportProgress,
  ImportValidation,
} from './workbenchTypes'

/** The one typed client of the REST API (`/api/v1`): every page calls the backend through these objects. */
const BASE = '/api/v1'

export const collectionOf: Record<PostingKind, 'needs' | 'results'> = { NEED: 'needs', RESULT: 'results' }

/** Query values as the search endpoint takes them; arrays repeat the parameter. */
export type SearchParams = Record<string, string | string[] | undefined>

function toQueryString(params: SearchParams): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) if (v !== undefined && v !== '') search.append(key, v)
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

export const platformApi = {
  /** The service hotline and mailbox (each null when not configured). */
  contact: (signal?: AbortSignal) =>
    api.get<{ hotline: string | null; email: string | null }>(`${BASE}/platform/contact`, { signal }),
  stats: (signal?: AbortSignal) => api.get<PlatformStats>(`${BASE}/platform/stats`, { signal }),
  clusterFigures: (signal?: AbortSignal) => api.get<ClusterFigure[]>(`${BASE}/platform/clusters`, { signal }),
  /** The results an operator featured for the home page, latest pick first. */
  featuredResults: (signal?: AbortSignal) => api.get<PostingSummary[]>(`${BASE}/platform/featured-results`, { signal }),
}

export const catalogueApi = {
  clusters: (signal?: AbortSignal) => api.get<Cluster[]>(`${BASE}/catalogue/clusters`, { signal }),
  industries: (signal?: AbortSignal) => api.get<Named[]>(`${BASE}/catalogue/industries`, { signal }),
  /** Technical fields as a two-level tree. */
  fields: (signal?: AbortSignal) => api.get<FieldNode[]>(`${BASE}/catalogue/fields`, { signal }),
  /** The direct children of a region (e.g. Hengyang's districts and counties under 430400). */
  regions: (parent: string, signal?: AbortSignal) => api.get<Region[]>(`${BASE}/regions`, { query: { parent }, signal }),
  allRegions: (signal?: AbortSignal) => api.get<Region[]>(`${BASE}/regions`, { signal }),
  /** Every region within Hengyang, named: what postings choose from. */
  hengyangRegions: (signal?: AbortSignal) => api.get<Named[]>(`${BASE}/regions`, { query: { within: '430400' }, signal }),
}

export const sessionApi = {
  current: (signal?: AbortSignal) => api.get<Session>(`${BASE}/session`, { signal }),
  signIn: (email: string, password: string) => api.post<Session>(`${BASE}/session`, { email, password }),
  signOut: () => api.delete(`${BASE}/session`),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.put<void>(`${BASE}/session/password`, { currentPassword, newPassword }),
}

export const registrationApi = {
  register: (form: RegistrationForm) => api.post<Registered>(`${BASE}/registrations`, form),
}

export const legalApi = {
  document: (kind: LegalKind, signal?: AbortSignal) => api.get<LegalDocument>(`${BASE}/legal/${kind}`, { signal }),
}

export const searchApi = {
  search: (params: SearchParams, signal?: AbortSignal) =>
    api.get<SearchPage>(`${BASE}/search${toQueryString(params)}`, { signal }),
  suggestions: (q: string, signal?: AbortSignal) =>
    api.get<Suggestion[]>(`${BASE}/search/suggestions`, { query: { q }, signal }),
}

export const matchApi = {
  forPosting: (kind: PostingKind, id: number, signal?: AbortSignal) =>
    api.get<MatchList>(`${BASE}/${collectionOf[kind]}/${id}/matches`, { signal }),
  forText: (text: string, signal?: AbortSignal) => api.post<MatchList>(`${BASE}/match`, { text, size: 10 }, { signal }),
}

export type LifecycleStep = 'submission' | 'withdrawal' | 'negotiation' | 'closure'

export const postingApi = {
  newest: (kind: PostingKind, size: number, signal?: AbortSignal) =>
    api.get<Page<PostingSummary>>(`${BASE}/${collectionOf[kind]}`, { query: { sort: 'newest', size }, signal }),
  /** The caller's organisation's postings of a kind, in every status unless one is named. */
  mine: (kind: PostingKind, query: CatalogueQuery, signal?: AbortSignal) =>
    api.get<Page<CatalogueItem>>(`${BASE}/${collectionOf[kind]}`, {
      query: { mine: true, sort: 'updated', ...query },
      signal,
    }),
  /** An organisation's published postings of a kind, newest first (what its public page lists). */
  ofOrganisation: (kind: PostingKind, organisation: number, signal?: AbortSignal) =>
    api.get<Page<PostingSummary>>(`${BASE}/${collectionOf[kind]}`, {
      query: { organisation, sort: 'newest', size: 50 },
      signal,
    }),
  get: (kind: PostingKind, id: number, signal?: AbortSignal) =>
    api.get<PostingDetail>(`${BASE}/${collectionOf[kind]}/${id}`, { signal }),
  createNeed: (draft: NeedDraft) => api.post<NeedView>(`${BASE}/needs`, draft),
  updateNeed: (id: number, draft: NeedDraft) => api.put<NeedView>(`${BASE}/needs/${id}`, draft),
  createResult: (draft: ResultDraft) => api.post<ResultView>(`${BASE}/results`, draft),
  updateResult: (id: number, draft: ResultDraft) => api.put<ResultView>(`${BASE}/results/${id}`, draft),
  transition: (kind: PostingKind, id: number, step: LifecycleStep, body: Record<string, unknown>) =>
    api.post<unknown>(`${BASE}/${collectionOf[kind]}/${id}/${step}`, body),
  attachmentUrl: (kind: PostingKind, id: number, attachmentId: number) =>
    `${BASE}/${collectionOf[kind]}/${id}/attachments/${attachmentId}`,
  /** Views, matching needs and interest of the caller's organisation's results (at most 50 ids). */
  demand: (ids: number[], signal?: AbortSignal) =>
    api.get<DemandSignals[]>(`${BASE}/results/demand`, { query: { ids: ids.join(',') }, signal }),
}

export const importApi = {
  /** A plain link: the browser downloads the template. */
  templateUrl: (format: ImportFormat) => `${BASE}/results/import/template?format=${format}`,
  upload: (file: File) => {
    const body = new FormData()
    body.append('file', file, file.name)
    return api.post<ImportValidation>(`${BASE}/results/import`, body)
  },
  commit: (importId: string, mode: 'VALID_ROWS' | 'NOTHING') =>
    api.post<ImportProgress>(`${BASE}/results/import/${importId}/commit`, { mode, submit: false }),
  progress: (importId: string, signal?: AbortSignal) =>
    api.get<ImportProgress>(`${BASE}/results/import/${importId}`, { signal }),
}

const org = (id: number) => `${BASE}/organisations/${id}`

export const organisationApi = {
  profile: (id: number, signal?: AbortSignal) => api.get<OrganisationProfile>(org(id), { signal }),
  update: (id: number, change: ProfileChange) => api.put<OrganisationProfile>(org(id), change),
  verification: (id: number, signal?: AbortSignal) => api.get<Verification>(`${org(id)}/verification`, { signal }),
  requestVerification: (id: number) => api.post<Verification>(`${org(id)}/verification-request`),
  uploadLicence: (id: number, file: File) => {
    const body = new FormData()
    body.append('file', file, file.name)
    return api.put<Verification>(`${org(id)}/licence`, body)
  },
  /** A plain link: the browser downloads it with the session cookie. */
  licenceUrl: (id: number) => `${org(id)}/licence`,
  members: (id: number, signal?: AbortSignal) => api.get<Member[]>(`${org(id)}/members`, { signal }),
  joinRequests: (id: number, signal?: AbortSignal) => api.get<Member[]>(`${org(id)}/join-requests`, { signal }),
  approveJoin: (id: number, accountId: number) => api.post<void>(`${org(id)}/join-requests/${accountId}`),
  declineJoin: (id: number, accountId: number) => api.delete(`${org(id)}/join-requests/${accountId}`),
  grantAdmin: (id: number, accountId: number) => api.put<void>(`${org(id)}/admins/${accountId}`),
  revokeAdmin: (id: number, accountId: number) => api.delete(`${org(id)}/admins/${accountId}`),
}

export const operatorApi = {
  /** Counts of what waits for an operator, for the to-do board. */
  board: (signal?: AbortSignal) => api.get<OperatorBoard>(`${BASE}/operator/board`, { signal }),
  pendingVerifications: (signal?: AbortSignal) => api.get<Verification[]>(`${BASE}/operator/verifications`, { signal }),
  approve: (organisationId: number) =>
    api.post<Verification>(`${BASE}/operator/verifications/${organisationId}`, { decision: 'APPROVE' }),
  reject: (organisationId: number, reason: string) =>
    api.post<Verification>(`${BASE}/operator/verifications/${organisationId}`, { decision: 'REJECT', reason }),
  /** Submitted needs and results, oldest first. */
  moderation: (signal?: AbortSignal) =>
    api.get<Page<PostingSummary>>(`${BASE}/operator/moderation`, { query: { size: 50 }, signal }),
  approvePosting: (kind: PostingKind, id: number) => api.post<unknown>(`${BASE}/${collectionOf[kind]}/${id}/approval`, {}),
  rejectPosting: (kind: PostingKind, id: number, reason: string) =>
    api.post<unknown>(`${BASE}/${collectionOf[kind]}/${id}/rejection`, { reason }),
  /** The audit log of postings, newest first; every filter optional. */
  audit: (query: AuditQuery, signal?: AbortSignal) =>
    api.get<Page<AuditEntry>>(`${BASE}/operator/audit`, { query: { ...query }, signal }),
}
