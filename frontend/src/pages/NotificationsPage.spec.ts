import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { NotificationItem } from '@/api/notificationEndpoints'
import { useUnreadStore } from '@/stores/unread'
import { aSession, json, mountWithApp, stubApi } from '@/test/helpers'
import NotificationsPage from './NotificationsPage.vue'

function aNotification(id: number, readAt: string | null = null): NotificationItem {
  return {
    id,
    kind: 'SUBSCRIPTION_MATCH',
    title: `技术领域“有色金属材料”有新需求：粗铟提纯 ${id}`,
    body: '您订阅的技术领域新发布了技术需求。',
    link: `/needs/${id}`,
    createdAt: '2026-03-18T02:00:00Z',
    readAt,
  }
}

async function mountPage(items: NotificationItem[], unread: number) {
  const fetchMock = stubApi({
    '/api/v1/session': aSession(),
    '/api/v1/notifications': { items, total: items.length, unread, page: 0, size: 20 },
    '/api/v1/notifications/12/read': () => new Response(null, { status: 204 }),
    '/api/v1/notifications/read-all': (init) => json({ unread: 0 }, init.method === 'POST' ? 200 : 405),
  })
  const mounted = await mountWithApp(NotificationsPage, {}, '/notifications')
  await flushPromises()
  return { ...mounted, fetchMock }
}

describe('NotificationsPage', () => {
  it('lists notifications with the unread ones marked and updates the bell’s count', async () => {
    const { wrapper } = await mountPage([aNotification(12), aNotification(11, '2026-03-18T03:00:00Z')], 1)

    const items = wrapper.findAll('[data-testid="notification"]')
    expect(items).toHaveLength(2)
    expect(items[0]!.classes()).toContain('notice--unread')
    expect(items[0]!.text()).toContain('粗铟提纯 12')
    expect(items[1]!.classes()).not.toContain('notice--unread')
    expect(useUnreadStore().count).toBe(1)
  })

  it('marks a notification read when it is opened and follows its link', async () => {
    const { wrapper, router, fetchMock } = await mountPage([aNotification(12)], 1)

    await wrapper.get('[data-testid="notification"]').trigger('click')
    await flushPromises()

    const read = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/api/v1/notifications/12/read'))
    expect(read?.[1]?.method).toBe('POST')
    expect(useUnreadStore().count).toBe(0)
    // The detail page is loaded lazily, so the navigation finishes a little later.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/needs/12'), { timeout: 8000 })
  })

  it('says so when there is nothing yet', async () => {
    const { wrapper } = await mountPage([], 0)

    expect(wrapper.text()).toContain('暂无通知')
    expect(wrapper.get('[data-testid="read-all"]').attributes('disabled')).toBeDefined()
  })
})
