import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import type { Amount } from '@/api/types'
import { i18n, type AppLocale } from '@/i18n'
import { useFormat } from './useFormat'

function formatIn(locale: AppLocale): ReturnType<typeof useFormat> {
  i18n.global.locale.value = locale
  let format: ReturnType<typeof useFormat> | undefined
  mount(defineComponent({ setup: () => { format = useFormat() }, template: '<div />' }), {
    global: { plugins: [i18n] },
  })
  if (!format) throw new Error('useFormat did not run')
  return format
}

const range = (minYuan: number | null, maxYuan: number | null): Amount => ({ negotiable: false, minYuan, maxYuan })

describe('useFormat money', () => {
  it('counts in 万元 in Chinese', () => {
    const { formatAmount } = formatIn('zh-CN')

    expect(formatAmount(range(500_000, 2_000_000))).toBe('50–200 万元')
    expect(formatAmount(range(300_000, 300_000))).toBe('30 万元')
    expect(formatAmount(range(125_000, null))).toBe('12.5 万元起')
    expect(formatAmount(range(null, 800_000))).toBe('最高 80 万元')
    expect(formatAmount(range(50_000_000, 150_000_000)), 'ranges reaching 1 亿 switch unit').toBe('0.5–1.5 亿元')
    expect(formatAmount({ negotiable: true, minYuan: 100_000, maxYuan: null })).toBe('面议')
  })

  it('uses compact yuan in English', () => {
    const { formatAmount } = formatIn('en')

    expect(formatAmount(range(500_000, 2_000_000))).toBe('¥500K–2M')
    expect(formatAmount(range(300_000, 300_000))).toBe('¥300K')
    expect(formatAmount(range(1_250_000, null))).toBe('From ¥1.3M')
    expect(formatAmount(range(null, 800_000))).toBe('Up to ¥800K')
    expect(formatAmount({ negotiable: false, minYuan: null, maxYuan: null }), 'no figures reads as negotiable').toBe(
      'Negotiable',
    )
  })
})

describe('useFormat dates and numbers', () => {
  it('formats in the interface language, on Hengyang time', () => {
    // 17:30 UTC is already the next day in Hengyang.
    expect(formatIn('zh-CN').formatDate('2025-03-18T17:30:00Z')).toBe('2025年3月19日')
    expect(formatIn('en').formatDate('2025-03-18T17:30:00Z')).toBe('Mar 19, 2025')
    expect(formatIn('en').formatNumber(12345)).toBe('12,345')
    expect(formatIn('zh-CN').formatDate('not a date')).toBe('')
  })
})
