import { afterEach, describe, expect, it, vi } from 'vitest'
import en from '@/locales/en'
import zhCN from '@/locales/zh-CN'

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe('locales', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort())
  })
})

describe('initial locale', () => {
  afterEach(() => vi.resetModules())

  it('is Chinese for a first visit, whatever the browser prefers', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US')
    const { storedLocale } = await import('@/i18n')
    expect(storedLocale()).toBe('zh-CN')
  })

  it('is the remembered choice on a later visit', async () => {
    localStorage.setItem('hengqiao.locale', 'en')
    const { i18n } = await import('@/i18n')
    expect(i18n.global.locale.value).toBe('en')
  })

  it('ignores a remembered value it does not support', async () => {
    localStorage.setItem('hengqiao.locale', 'fr')
    const { storedLocale } = await import('@/i18n')
    expect(storedLocale()).toBe('zh-CN')
  })
})
