import { describe, expect, it } from 'vitest'
import { safeRedirect } from './redirect'

describe('safeRedirect', () => {
  it('keeps a relative path on this site with its query', () => {
    expect(safeRedirect('/try?q=%E9%BD%BF%E8%BD%AE')).toBe('/try?q=%E9%BD%BF%E8%BD%AE')
    expect(safeRedirect('/results/12')).toBe('/results/12')
  })

  it('refuses every way out to another site (open redirect)', () => {
    for (const hostile of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      'javascript:alert(1)',
      'evil.example',
      '',
      ['/a', '/b'],
      undefined,
    ]) {
      expect(safeRedirect(hostile, '/workspace'), String(hostile)).toBe('/workspace')
    }
  })
})
