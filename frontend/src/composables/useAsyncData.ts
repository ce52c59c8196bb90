import { onScopeDispose, shallowReactive } from 'vue'

export interface AsyncState<T> {
  /** Last successfully loaded value; kept while reloading so the page does not flash back to skeletons. */
  readonly data: T | undefined
  readonly error: unknown
  readonly loading: boolean
  reload(): Promise<void>
  /** Replaces the data with a newer copy the caller already has (e.g. a write's answer), without a request. */
  replace(value: T): void
}

/**
 * Loads data once on creation and again on `reload()`. A newer load aborts the one in flight, so a slow
 * answer in the old language can never overwrite a fresh one.
 */
export function useAsyncData<T>(loader: (signal: AbortSignal) => Promise<T>): AsyncState<T> {
  let controller: AbortController | undefined

  const state = shallowReactive({
    data: undefined as T | undefined,
    error: undefined as unknown,
    loading: false,
    reload,
    replace,
  })

  function replace(value: T): void {
    state.data = value
    state.error = undefined
  }

  async function reload(): Promise<void> {
    controller?.abort()
    const current = new AbortController()
    controller = current
    state.loading = true
    state.error = undefined
    try {
      const value = await loader(current.signal)
      if (controller === current) state.data = value
    } catch (error) {
      if (controller === current) state.error = error
    } finally {
      if (controller === current) state.loading = false
    }
  }

  onScopeDispose(() => controller?.abort())
  void reload()
  return state
}
