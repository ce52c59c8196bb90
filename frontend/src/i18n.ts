import { createI18n } from 'vue-i18n'
import zhCN from '@/locales/zh-CN'

export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'zh-CN'
export const LOCALE_STORAGE_KEY = 'hengqiao.locale'

/** The Chinese messages are the reference: the English file must have exactly the same keys. */
export type MessageSchema = typeof zhCN

export function isAppLocale(value: unknown): value is AppLocale {
  return SUPPORTED_LOCALES.includes(value as AppLocale)
}

/** The visitor's earlier choice; Chinese otherwise, whatever the browser says, since the platform serves Hengyang. */
export function storedLocale(): AppLocale {
  try {
    const saved = localStorage.getItem(LOCALE_STORAGE_KEY)
    return isAppLocale(saved) ? saved : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE // storage blocked (privacy mode): fall back silently
  }
}

// Chinese is built in; English is a chunk of its own, fetched only by those who choose it (see ensureMessages).
export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': zhCN } as Record<AppLocale, MessageSchema>,
})

/** Makes sure the locale's messages are loaded, before switching to it or mounting in it. */
export async function ensureMessages(locale: AppLocale): Promise<void> {
  if (i18n.global.availableLocales.includes(locale)) return
  const messages = await import('@/locales/en')
  i18n.global.setLocaleMessage(locale, messages.default)
}

/** The locale the API should answer in (sent as Accept-Language). */
export function currentLocale(): AppLocale {
  return i18n.global.locale.value
}
