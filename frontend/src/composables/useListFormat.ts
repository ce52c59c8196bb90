import { useI18n } from 'vue-i18n'

/** Joins names the way the reader's language does: "、" in Chinese, ", " in English. */
export function useListFormat() {
  const { t } = useI18n()
  return (items: readonly string[]): string => items.join(t('labels.separator'))
}
