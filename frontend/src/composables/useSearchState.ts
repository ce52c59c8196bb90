import { computed } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import type { SearchParams } from '@/api/endpoints'
import type { SearchSort } from '@/api/postingTypes'
import type { PostingKind } from '@/api/types'

/** Everything a search is: the URL holds it, so a search can be shared, bookmarked and restored by "back". */
export interface SearchState {
  q: string
  kind: PostingKind | ''
  sort: SearchSort
  field: string
  cluster: string[]
  mode: string[]
  stage: string[]
  organisationType: string[]
  region: string
  trlMin: string
  trlMax: string
  minYuan: string
  maxYuan: string
  publishedFrom: string
  publishedTo: string
}

export const MULTI_FILTERS = ['cluster', 'mode', 'stage', 'organisationType'] as const
export const SINGLE_FILTERS = [
  'field',
  'region',
  'trlMin',
  'trlMax',
  'minYuan',
  'maxYuan',
  'publishedFrom',
  'publishedTo',
] as const
export type FilterName = (typeof MULTI_FILTERS)[number] | (typeof SINGLE_FILTERS)[number]

const SORTS: SearchSort[] = ['RELEVANCE', 'NEWEST', 'AMOUNT_DESC', 'AMOUNT_ASC']

function one(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : ''
}

function many(value: LocationQuery[string] | undefined): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list.filter((v): v is string => typeof v === 'string' && v !== '')
}

export function parseSearchQuery(query: LocationQuery): SearchState {
  const kind = one(query.kind)
  const sort = one(query.sort) as SearchSort
  const state = {
    q: one(query.q),
    kind: kind === 'NEED' || kind === 'RESULT' ? kind : '',
    sort: SORTS.includes(sort) ? sort : 'RELEVANCE',
  } as SearchState
  for (const name of MULTI_FILTERS) state[name] = many(query[name])
  for (const name of SINGLE_FILTERS) state[name] = one(query[name])
  return state
}

/** The URL query for a state; defaults and empty values are left out so URLs stay short. */
export function toSearchQuery(state: SearchState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.q.trim()) query.q = state.q.trim()
  if (state.kind) query.kind = state.kind
  for (const name of SINGLE_FILTERS) if (state[name]) query[name] = state[name]
  for (const name of MULTI_FILTERS) if (state[name].length) query[name] = [...state[name]]
  if (state.sort !== 'RELEVANCE') query.sort = state.sort
  return query
}

export function toSearchParams(state: SearchState): SearchParams {
  const { sort, kind, ...rest } = state
  return { ...rest, kind: kind || undefined, sort }
}

export function activeFilters(state: SearchState): FilterName[] {
  return [...MULTI_FILTERS, ...SINGLE_FILTERS].filter((name) =>
    Array.isArray(state[name]) ? state[name].length > 0 : state[name] !== '',
  )
}

export function useSearchState() {
  const route = useRoute()
  const router = useRouter()
  const state = computed(() => parseSearchQuery(route.query))

  /** Every change is a new history entry, so "back" undoes it. */
  function update(patch: Partial<SearchState>): Promise<unknown> {
    return router.push({ path: route.path, query: toSearchQuery({ ...state.value, ...patch }) })
  }

  function removeFilter(name: FilterName): Promise<unknown> {
    const empty = (MULTI_FILTERS as readonly string[]).includes(name) ? [] : ''
    return update({ [name]: empty } as Partial<SearchState>)
  }

  function clearFilters(): Promise<unknown> {
    return update({ ...parseSearchQuery({}), q: state.value.q, kind: state.value.kind, sort: state.value.sort })
  }

  return { state, update, removeFilter, clearFilters }
}
