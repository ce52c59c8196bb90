import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mountWithApp, stubApi } from '@/test/helpers'
import NotificationBell from './NotificationBell.vue'

const UNREAD = '/api/v1/activity'

describe('NotificationBell', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }))
  afterEach(() => vi.useRealTimers())

  it('shows the unread count and links to the notification centre', async () => {
    stubApi({ [UNREAD]: { unreadNotifications: 3, unreadMessages: 0 } })
    const { wrapper } = await mountWithApp(NotificationBell)
    await flushPromises()

    const bell = wrapper.get('[data-testid="notification-bell"]')
    expect(bell.attributes('href')).toBe('/notifications')
    expect(wrapper.get('[data-testid="unread-count"]').text()).toBe('3')
    expect(bell.attributes('aria-label'), 'the count is announced').toBe('通知（3 条未读）')
  })

  it('shows no badge when everything is read, and 99+ for a flood', async () => {
    const fetchMock = stubApi({ [UNREAD]: { unreadNotifications: 0, unreadMessages: 0 } })
    const { wrapper } = await mountWithApp(NotificationBell)
    await flushPromises()
    expect(wrapper.find('[data-testid="unread-count"]').exists()).toBe(false)

    fetchMock.mockImplementation(async () => new Response(JSON.stringify({ unreadNotifications: 250, unreadMessages: 0 }), { headers: { 'Content-Type': 'application/json' } }))
    vi.advanceTimersByTime(60_000)
    await flushPromises()
    expect(wrapper.get('[data-testid="unread-count"]').text()).toBe('99+')
  })

  it('asks again every minute and on navigation', async () => {
    const fetchMock = stubApi({ [UNREAD]: { unreadNotifications: 1, unreadMessages: 0 }, '/api/v1/session': { authenticated: false } })
    const { router } = await mountWithApp(NotificationBell)
    await flushPromises()
    const asked = () => fetchMock.mock.calls.filter(([url]) => String(url).includes('/api/v1/activity')).length
    expect(asked()).toBe(1)

    vi.advanceTimersByTime(60_000)
    await flushPromises()
    expect(asked(), 'after a minute').toBe(2)

    await router.push('/search')
    await flushPromises()
    expect(asked(), 'after navigating').toBe(3)
  })
})
