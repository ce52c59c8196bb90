const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** An ampersand that does not start one of the entities the server writes. */
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|#39|#x27);)/g

/**
 * Makes server-highlighted text safe for `v-html`. The server escapes the poster's text first and marks the matches
 * with bare `<em>` and `</em>` second, so those two are the only tags kept; any other `<`, `>` or quote is escaped
 * again (a server bug or an old response cannot inject markup), and the server's entities are left as they are, so
 * an escaped `&lt;em&gt;` in the poster's text stays text instead of becoming a tag.
 */
export function safeHighlight(text: string | null | undefined): string {
  if (!text) return ''
  return text
    .split(/(<\/?em>)/)
    .map((part) =>
      part === '<em>' || part === '</em>'
        ? part
        : part.replace(BARE_AMPERSAND, '&amp;').replace(/[<>"']/g, (c) => ESCAPES[c] ?? c),
    )
    .join('')
}

/** The text without any highlighting markup or entities, for accessible names and titles. */
export function stripHighlight(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/<\/?em>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
}
