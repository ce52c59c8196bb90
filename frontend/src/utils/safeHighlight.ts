const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Makes server-highlighted text safe for `v-html`: everything is escaped, then only bare `<em>` and `</em>` tags
 * (the highlighter's markers) are allowed back. Entities the server already escaped (`&lt;`) are decoded first so
 * they are not shown double-escaped; that is safe because every `<` ends up escaped again.
 */
export function safeHighlight(text: string | null | undefined): string {
  if (!text) return ''
  const decoded = text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
  const escaped = decoded.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
  return escaped.replace(/&lt;(\/?)em&gt;/g, '<$1em>')
}

/** The text without any highlighting markup, for accessible names and titles. */
export function stripHighlight(text: string | null | undefined): string {
  return (text ?? '').replace(/<\/?em>/g, '')
}
