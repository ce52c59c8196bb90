import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Amount } from '@/api/types'

/** Postings are dated in Hengyang's time, whatever the visitor's clock says. */
const TIME_ZONE = 'Asia/Shanghai'
const WAN = 10_000
const YI = 100_000_000

/** Locale-aware formatting of dates, counts and CNY amounts, following the interface language. */
export function useFormat() {
  const { t, locale } = useI18n()

  const formats = computed(() => ({
    date: new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeZone: TIME_ZONE }),
    dateTime: new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }),
    time: new Intl.DateTimeFormat(locale.value, { timeStyle: 'short', timeZone: TIME_ZONE }),
    integer: new Intl.NumberFormat(locale.value, { maximumFractionDigits: 0 }),
    scaled: new Intl.NumberFormat(locale.value, { maximumFractionDigits: 2 }),
    compactYuan: new Intl.NumberFormat(locale.value, {
      style: 'currency',
      currency: 'CNY',
      currencyDisplay: 'narrowSymbol',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }),
    compact: new Intl.NumberFormat(locale.value, { notation: 'compact', maximumFractionDigits: 1 }),
  }))

  function formatDate(iso: string): string {
    const date = new Date(iso)
    return Number.isNaN(date.getTime()) ? '' : formats.value.date.format(date)
  }

  function formatDateTime(iso: string): string {
    const date = new Date(iso)
    return Number.isNaN(date.getTime()) ? '' : formats.value.dateTime.format(date)
  }

  function formatTime(iso: string): string {
    const date = new Date(iso)
    return Number.isNaN(date.getTime()) ? '' : formats.value.time.format(date)
  }

  /** File sizes in KB or MB, one decimal. */
  function formatFileSize(bytes: number): string {
    const mb = bytes / (1024 * 1024)
    return mb >= 1 ? `${formats.value.scaled.format(mb)} MB` : `${formats.value.scaled.format(Math.max(bytes / 1024, 0.1))} KB`
  }

  function formatNumber(value: number): string {
    return formats.value.integer.format(value)
  }

  /** Chinese readers count money in 万元 (or 亿元): "50–200 万元". */
  function chineseRange(min: number | null, max: number | null): string {
    const unit = Math.max(min ?? 0, max ?? 0) >= YI ? YI : WAN
    const key = unit === YI ? 'money.hundredMillion' : 'money.tenThousand'
    const scaled = (yuan: number) => formats.value.scaled.format(yuan / unit)
    if (min !== null && max !== null && min !== max) {
      return t(key, { amount: `${scaled(min)}–${scaled(max)}` })
    }
    return t(key, { amount: scaled((min ?? max) as number) })
  }

  /** Elsewhere, compact currency: "¥500K–2M". */
  function compactRange(min: number | null, max: number | null): string {
    const { compactYuan, compact } = formats.value
    if (min !== null && max !== null && min !== max) return `${compactYuan.format(min)}–${compact.format(max)}`
    return compactYuan.format((min ?? max) as number)
  }

  function formatAmount(amount: Amount): string {
    const { negotiable, minYuan: min, maxYuan: max } = amount
    if (negotiable || (min === null && max === null)) return t('money.negotiable')
    const text = locale.value === 'zh-CN' ? chineseRange(min, max) : compactRange(min, max)
    if (min !== null && max === null) return t('money.from', { amount: text })
    if (min === null && max !== null) return t('money.upTo', { amount: text })
    return text
  }

  return { formatDate, formatDateTime, formatTime, formatFileSize, formatNumber, formatAmount }
}
