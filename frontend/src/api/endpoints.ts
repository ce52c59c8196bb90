import { api } from './client'
import type { Cluster, Page, PlatformStats, PostingKind, PostingSummary, Session } from './types'

const BASE = '/api/v1'

export const platformApi = {
  stats: (signal?: AbortSignal) => api.get<PlatformStats>(`${BASE}/platform/stats`, { signal }),
}

export const catalogueApi = {
  clusters: (signal?: AbortSignal) => api.get<Cluster[]>(`${BASE}/catalogue/clusters`, { signal }),
}

const collection: Record<PostingKind, string> = { NEED: 'needs', RESULT: 'results' }

export const postingsApi = {
  newest: (kind: PostingKind, size: number, signal?: AbortSignal) =>
    api.get<Page<PostingSummary>>(`${BASE}/${collection[kind]}`, { query: { sort: 'newest', size }, signal }),
}

export const sessionApi = {
  current: (signal?: AbortSignal) => api.get<Session>(`${BASE}/session`, { signal }),
}
