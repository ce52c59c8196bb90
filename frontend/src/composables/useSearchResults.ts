import { onScopeDispose, shallowRef, watch, type Ref } from 'vue'
import { searchApi } from '@/api/endpoints'
import type { SearchItem, SearchPage } from '@/api/postingTypes'
import { toSearchParams, type SearchState } from './useSearchState'

const PAGE_SIZE = 20

/** Runs the search whenever the state changes, and appends following pages with the cursor. */
export function useSearchResults(state: Ref<SearchState>) {
  const page = shallowRef<SearchPage>()
  const items = shallowRef<SearchItem[]>([])
  const loading = shallowRef(false)
  const loadingMore = shallowRef(false)
  const error = shallowRef<unknown>()
  let controller: AbortController | undefined

  async function run(after?: string): Promise<void> {
    controller?.abort()
    const current = new AbortController()
    controller = current
    if (after) loadingMore.value = true
    else loading.value = true
    error.value = undefined
    try {
      const params = { ...toSearchParams(state.value), size: String(PAGE_SIZE), after }
      const answer = await searchApi.search(params, current.signal)
      if (controller !== current) return
      items.value = after ? [...items.value, ...answer.items] : answer.items
      // Facets only come with the first page; keep them while paging.
      page.value = after && page.value ? { ...answer, facets: page.value.facets } : answer
    } catch (cause) {
      if (controller === current) error.value = cause
    } finally {
      if (controller === current) {
        loading.value = false
        loadingMore.value = false
      }
    }
  }

  watch(() => JSON.stringify(state.value), () => void run(), { immediate: true })
  onScopeDispose(() => controller?.abort())

  return {
    page,
    items,
    loading,
    loadingMore,
    error,
    reload: () => run(),
    loadMore: () => (page.value?.next ? run(page.value.next) : Promise.resolve()),
  }
}
