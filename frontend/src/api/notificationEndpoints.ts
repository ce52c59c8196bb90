import { api } from './client'

const BASE = '/api/v1'

export interface NotificationItem {
  id: number
  kind: string
  title: string
  body: string
  /** A portal route, e.g. /needs/12. */
  link: string
  createdAt: string
  readAt: string | null
}

export interface NotificationPage {
  items: NotificationItem[]
  total: number
  unread: number
  page: number
  size: number
}

export type EmailMode = 'IMMEDIATE' | 'DAILY_DIGEST' | 'NONE'

export interface EmailPreference {
  emailMode: EmailMode
  /** Whether the platform sends e-mail at all. */
  emailEnabled: boolean
}

export type SubscriptionType = 'FIELD' | 'CLUSTER' | 'SEARCH' | 'MY_POSTINGS'

export interface Subscription {
  id: number
  type: SubscriptionType
  fieldCode: string | null
  cluster: string | null
  query: string | null
  /** A saved search's filters as the search page's URL query. */
  filters: string | null
  createdAt: string
}

export interface SubscriptionForm {
  type: SubscriptionType
  fieldCode?: string
  cluster?: string
  query?: string
  filters?: string
}

export const notificationsApi = {
  list: (page: number, size: number, signal?: AbortSignal) =>
    api.get<NotificationPage>(`${BASE}/notifications`, { query: { page, size }, signal }),
  unreadCount: (signal?: AbortSignal) =>
    api.get<{ unread: number }>(`${BASE}/notifications/unread-count`, { signal }),
  markRead: (id: number) => api.post<void>(`${BASE}/notifications/${id}/read`),
  markAllRead: () => api.post<{ unread: number }>(`${BASE}/notifications/read-all`),
  settings: (signal?: AbortSignal) => api.get<EmailPreference>(`${BASE}/notifications/settings`, { signal }),
  updateSettings: (emailMode: EmailMode) =>
    api.put<EmailPreference>(`${BASE}/notifications/settings`, { emailMode }),
}

export const subscriptionsApi = {
  list: (signal?: AbortSignal) => api.get<Subscription[]>(`${BASE}/subscriptions`, { signal }),
  create: (form: SubscriptionForm) => api.post<Subscription>(`${BASE}/subscriptions`, form),
  remove: (id: number) => api.delete(`${BASE}/subscriptions/${id}`),
}

export const passwordResetApi = {
  request: (email: string) => api.post<void>(`${BASE}/password-reset`, { email }),
  reset: (token: string, password: string) =>
    api.post<void>(`${BASE}/password-reset/${encodeURIComponent(token)}`, { password }),
}
