import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/client'
import { ElMessage } from '@/ui/element'

/**
 * The operator's approve-in-one-click / reject-with-a-reason flow, shared by the verification and moderation
 * queues: which item is being approved or rejected, the success message, and an error that reloads the queue
 * (someone else may have decided meanwhile).
 */
export function useDecisionQueue<T>(options: {
  approve: (item: T) => Promise<unknown>
  /** Asked before approving; approving stops unless it resolves to true. */
  confirmApprove?: (item: T) => Promise<boolean>
  reject: (item: T, reason: string) => Promise<unknown>
  remove: (item: T) => void
  reload: () => Promise<unknown>
  approvedMessage: (item: T) => string
  rejectedMessage: (item: T) => string
}) {
  const { t } = useI18n()
  const approving = ref<T>()
  const rejecting = ref<T>()

  async function approve(item: T): Promise<void> {
    if (options.confirmApprove && !(await options.confirmApprove(item))) return
    approving.value = item
    try {
      await options.approve(item)
      ElMessage.success(options.approvedMessage(item))
      options.remove(item)
    } catch (error) {
      ElMessage.error(error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : t('form.unexpected'))
      await options.reload()
    } finally {
      approving.value = undefined
    }
  }

  async function reject(reason: string): Promise<void> {
    if (rejecting.value !== undefined) await options.reject(rejecting.value as T, reason)
  }

  function onRejected(): void {
    const item = rejecting.value as T | undefined
    if (item === undefined) return
    ElMessage.success(options.rejectedMessage(item))
    options.remove(item)
    rejecting.value = undefined
  }

  return { approving, rejecting, approve, reject, onRejected }
}
