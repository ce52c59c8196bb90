import { api } from './client'
import type {
  Cluster,
  Member,
  Named,
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

const BASE = '/api/v1'

export const platformApi = {
  stats: (signal?: AbortSignal) => api.get<PlatformStats>(`${BASE}/platform/stats`, { signal }),
}

export const catalogueApi = {
  clusters: (signal?: AbortSignal) => api.get<Cluster[]>(`${BASE}/catalogue/clusters`, { signal }),
  industries: (signal?: AbortSignal) => api.get<Named[]>(`${BASE}/catalogue/industries`, { signal }),
  /** The direct children of a region (e.g. Hengyang's districts and counties under 430400). */
  regions: (parent: string, signal?: AbortSignal) => api.get<Region[]>(`${BASE}/regions`, { query: { parent }, signal }),
  allRegions: (signal?: AbortSignal) => api.get<Region[]>(`${BASE}/regions`, { signal }),
}

const collection: Record<PostingKind, string> = { NEED: 'needs', RESULT: 'results' }

export const postingsApi = {
  newest: (kind: PostingKind, size: number, signal?: AbortSignal) =>
    api.get<Page<PostingSummary>>(`${BASE}/${collection[kind]}`, { query: { sort: 'newest', size }, signal }),
  /** The caller's organisation's postings, every status. */
  mine: (kind: PostingKind, signal?: AbortSignal) =>
    api.get<Page<PostingSummary>>(`${BASE}/${collection[kind]}`, { query: { mine: true, size: 100, sort: 'updated' }, signal }),
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
  pendingVerifications: (signal?: AbortSignal) => api.get<Verification[]>(`${BASE}/operator/verifications`, { signal }),
  approve: (organisationId: number) =>
    api.post<Verification>(`${BASE}/operator/verifications/${organisationId}`, { decision: 'APPROVE' }),
  reject: (organisationId: number, reason: string) =>
    api.post<Verification>(`${BASE}/operator/verifications/${organisationId}`, { decision: 'REJECT', reason }),
  /** Submitted needs and results, oldest first. */
  moderation: (signal?: AbortSignal) =>
    api.get<Page<PostingSummary>>(`${BASE}/operator/moderation`, { query: { size: 50 }, signal }),
  approvePosting: (kind: PostingKind, id: number) => api.post<unknown>(`${BASE}/${collection[kind]}/${id}/approval`, {}),
  rejectPosting: (kind: PostingKind, id: number, reason: string) =>
    api.post<unknown>(`${BASE}/${collection[kind]}/${id}/rejection`, { reason }),
}
