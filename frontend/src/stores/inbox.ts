import { defineStore } from 'pinia'
import { ref } from 'vue'
import { activityApi } from '@/api/activityEndpoints'

/** How many messages the caller's organisation has not read, for the header's inbox link. */
export const useInboxStore = defineStore('inbox', () => {
  const unread = ref(0)
  let pending: Promise<void> | undefined

  /** Asks the server again (once at a time); a failure leaves the last count, the inbox page shows errors. */
  function refresh(): Promise<void> {
    pending ??= activityApi
      .get()
      .then((activity) => {
        unread.value = activity.unreadMessages
      })
      .catch(() => undefined)
      .finally(() => {
        pending = undefined
      })
    return pending
  }

  function set(count: number): void {
    unread.value = count
  }

  return { unread, refresh, set }
})
