import { describe, expect, it } from 'vitest'
import { safeHighlight, stripHighlight } from './safeHighlight'

describe('safeHighlight', () => {
  it('keeps the highlighter’s <em> markers', () => {
    expect(safeHighlight('铅锌冶炼<em>废水</em>处理')).toBe('铅锌冶炼<em>废水</em>处理')
  })

  it('escapes every other tag and attribute', () => {
    expect(safeHighlight('<img src=x onerror="alert(1)"><em>废水</em>')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;<em>废水</em>',
    )
    expect(safeHighlight('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('does not re-allow <em> with attributes or look-alikes', () => {
    expect(safeHighlight('<em onclick="x()">a</em>')).toBe('&lt;em onclick=&quot;x()&quot;&gt;a</em>')
    expect(safeHighlight('<emx>a</emx>')).toBe('&lt;emx&gt;a&lt;/emx&gt;')
  })

  it('does not double-escape what the server escaped, and cannot be tricked by escaped tags', () => {
    expect(safeHighlight('R&amp;D &lt;b&gt;')).toBe('R&amp;D &lt;b&gt;')
    expect(safeHighlight('&lt;script&gt;')).toBe('&lt;script&gt;')
  })

  it('keeps an escaped <em> in the poster’s text as text', () => {
    expect(safeHighlight('标题 &lt;em&gt;加粗&lt;/em&gt; <em>废水</em>')).toBe(
      '标题 &lt;em&gt;加粗&lt;/em&gt; <em>废水</em>',
    )
  })

  it('keeps the server’s quote entities and escapes a bare ampersand', () => {
    expect(safeHighlight('&quot;R&amp;D&quot; &#39;x&#39; A&B')).toBe('&quot;R&amp;D&quot; &#39;x&#39; A&amp;B')
  })

  it('handles empty input', () => {
    expect(safeHighlight(null)).toBe('')
    expect(safeHighlight('')).toBe('')
  })

  it('strips markers for plain text', () => {
    expect(stripHighlight('铅锌<em>废水</em>')).toBe('铅锌废水')
    expect(stripHighlight('&lt;b&gt;R&amp;D&lt;/b&gt; &amp;lt;')).toBe('<b>R&D</b> &lt;')
  })
})
