import { onScopeDispose, shallowRef, watchEffect } from 'vue'

/** What a page tells browsers, bookmarks and link previews about itself. */
export interface PageMeta {
  title: string
  description?: string
}

// One page is shown at a time: its meta overrides the route's default until it goes away.
const current = shallowRef<PageMeta>()

/**
 * Gives the page its own document title and description (and Open Graph tags for link previews), e.g. a
 * posting's title and summary instead of "详情 · 衡桥"; `undefined` while loading keeps the route's default.
 */
export function usePageMeta(meta: () => PageMeta | undefined): void {
  watchEffect(() => {
    current.value = meta()
  })
  onScopeDispose(() => {
    current.value = undefined
  })
}

/** The meta of the page shown now, if it set any (read by App.vue, which writes the document's head). */
export function currentPageMeta(): PageMeta | undefined {
  return current.value
}

function setMeta(attribute: 'name' | 'property', key: string, content: string): void {
  let element = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`)
  if (!element) {
    element = document.createElement('meta')
    element.setAttribute(attribute, key)
    document.head.append(element)
  }
  element.content = content
}

/** Writes the document title, description and Open Graph tags. */
export function writeHead(title: string, description: string, locale: string): void {
  document.title = title
  setMeta('name', 'description', description)
  setMeta('property', 'og:title', title)
  setMeta('property', 'og:description', description)
  setMeta('property', 'og:type', 'website')
  setMeta('property', 'og:url', window.location.href)
  setMeta('property', 'og:locale', locale.replace('-', '_'))
}
