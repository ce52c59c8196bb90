import { useI18n } from 'vue-i18n'
import { ElMessageBox } from '@/ui/element'

/** Asks before a decision that takes effect at once (an operator's approval); resolves to whether they confirmed. */
export function useConfirmation() {
  const { t } = useI18n()
  return async function confirmed(message: string, title: string, confirmText: string): Promise<boolean> {
    try {
      await ElMessageBox.confirm(message, title, {
        confirmButtonText: confirmText,
        cancelButtonText: t('form.cancel'),
        type: 'warning',
      })
      return true
    } catch {
      return false
    }
  }
}
