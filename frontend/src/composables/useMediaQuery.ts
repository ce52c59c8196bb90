import { onScopeDispose, ref } from 'vue'

/** Whether a media query matches, kept up to date (false where matchMedia is missing, as in tests). */
export function useMediaQuery(query: string) {
  const list = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : undefined
  const matches = ref(list?.matches ?? false)
  const listener = (event: MediaQueryListEvent) => (matches.value = event.matches)
  list?.addEventListener('change', listener)
  onScopeDispose(() => list?.removeEventListener('change', listener))
  return matches
}
