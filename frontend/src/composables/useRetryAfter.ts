import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/client'
import { useFormat } from '@/composables/useFormat'

/**
 * Turns a 429 answer (too many attempts or requests from here) into when to try again: the server says how many
 * seconds to wait, which reads better as a time of day, with the wait itself for short ones.
 */
export function useRetryAfter() {
  const { t } = useI18n()
  const { formatTime } = useFormat()

  /** The message for a 429 problem with a wait, or undefined for anything else. */
  function retryMessage(error: unknown, now: Date = new Date()): string | undefined {
    if (!(error instanceof ApiError) || error.status !== 429) return undefined
    const seconds = error.problem.retryAfterSeconds
    if (typeof seconds !== 'number' || seconds <= 0) return t('retry.later')
    const time = formatTime(new Date(now.getTime() + seconds * 1000).toISOString())
    if (seconds < 120) return t('retry.seconds', { seconds, time })
    return t('retry.minutes', { minutes: Math.ceil(seconds / 60), time })
  }

  return { retryMessage }
}
