import { api } from './client'
import type {
  FieldNode,
  MatchList,
  Named,
  NeedDraft,
  NeedView,
  PostingDetail,
  ResultDraft,
  ResultView,
  SearchPage,
  SessionInfo,
  Suggestion,
} from './postingTypes'
import type { PostingKind } from './types'

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
}

export const lookupApi = {
  fields: (signal?: AbortSignal) => api.get<FieldNode[]>(`${BASE}/catalogue/fields`, { signal }),
  clusters: (signal?: AbortSignal) => api.get<Named[]>(`${BASE}/catalogue/clusters`, { signal }),
  regions: (signal?: AbortSignal) => api.get<Named[]>(`${BASE}/regions`, { query: { within: '430400' }, signal }),
  session: (signal?: AbortSignal) => api.get<SessionInfo>(`${BASE}/session`, { signal }),
}
