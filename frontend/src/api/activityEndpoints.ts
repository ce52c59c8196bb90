import { api } from './client'

/** The header's unread counts, in one small answer. */
export interface Activity {
  unreadMessages: number
  unreadNotifications: number
}

let inFlight: Promise<Activity> | undefined

export const activityApi = {
  /**
   * The bell and the inbox link both refresh on every navigation; callers asking while a request is on its way
   * share it, so the header costs one request, not two.
   */
  get: (): Promise<Activity> => {
    inFlight ??= api.get<Activity>('/api/v1/activity').finally(() => {
      inFlight = undefined
    })
    return inFlight
  },
}
