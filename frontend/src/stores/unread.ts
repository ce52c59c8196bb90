import { defineStore } from 'pinia'
import { ref } from 'vue'
import { activityApi } from '@/api/activityEndpoints'

/** The signed-in person's unread notifications: the header's bell shows it, the notification page updates it. */
export const useUnreadStore = defineStore('unread', () => {
  const count = ref(0)

  async function refresh(): Promise<void> {
    try {
      count.value = (await activityApi.get()).unreadNotifications
    } catch {
      // Signed out meanwhile or offline: keep the last count; the next poll tries again.
    }
  }

  function set(value: number): void {
    count.value = value
  }

  return { count, refresh, set }
})
