import elementEn from 'element-plus/es/locale/lang/en'
import elementZhCn from 'element-plus/es/locale/lang/zh-cn'
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { ensureMessages, i18n, LOCALE_STORAGE_KEY, type AppLocale } from '@/i18n'

export function applyDocumentLocale(locale: AppLocale): void {
  document.documentElement.lang = locale
}

/** The interface language: vue-i18n's global locale is the single source of truth, this store adds persistence. */
export const useLocaleStore = defineStore('locale', () => {
  const locale = computed<AppLocale>(() => i18n.global.locale.value)
  const otherLocale = computed<AppLocale>(() => (locale.value === 'zh-CN' ? 'en' : 'zh-CN'))
  const elementLocale = computed(() => (locale.value === 'en' ? elementEn : elementZhCn))

  async function setLocale(next: AppLocale): Promise<void> {
    await ensureMessages(next)
    i18n.global.locale.value = next
    applyDocumentLocale(next)
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, next)
    } catch {
      // storage blocked: the choice lasts for this visit only
    }
  }

  function toggle(): Promise<void> {
    return setLocale(otherLocale.value)
  }

  return { locale, otherLocale, elementLocale, setLocale, toggle }
})
