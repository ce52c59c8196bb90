import { describe, expect, it, vi } from 'vitest'
import { ANONYMOUS, aSession, mountWithApp, settle, stubApi } from '@/test/helpers'
import FollowButton from './FollowButton.vue'

const saved = { target: 'NEED', id: 12, name: '硬质合金刀具涂层', link: '/needs/12', followedAt: '2026-11-20T02:00:00Z' }

describe('FollowButton', () => {
  it('saves a posting and shows it saved', async () => {
    const fetchMock = stubApi({ '/api/v1/session': aSession(), '/api/v1/follows': [], '/api/v1/follows/NEED/12': saved })
    const { wrapper } = await mountWithApp(FollowButton, { props: { target: 'NEED', id: 12 } }, '/needs/12')
    await settle()
    expect(wrapper.get('[data-testid="follow-button"]').text()).toBe('收藏')

    await wrapper.get('[data-testid="follow-button"]').trigger('click')
    await settle()

    expect(fetchMock.mock.calls.some(([url, init]) => String(url) === '/api/v1/follows/NEED/12' && init?.method === 'PUT')).toBe(true)
    expect(wrapper.get('[data-testid="follow-button"]').text()).toBe('已收藏')
    expect(wrapper.get('[data-testid="follow-button"]').attributes('aria-pressed')).toBe('true')
  })

  it('knows an organisation is already followed and unfollows it', async () => {
    const fetchMock = stubApi({
      '/api/v1/session': aSession(),
      '/api/v1/follows': [{ ...saved, target: 'ORGANISATION', id: 4, link: '/organisations/4' }],
      '/api/v1/follows/ORGANISATION/4': () => new Response(null, { status: 204 }),
    })
    const { wrapper } = await mountWithApp(FollowButton, { props: { target: 'ORGANISATION', id: 4 } }, '/organisations/4')
    await settle()
    expect(wrapper.get('[data-testid="follow-button"]').text()).toBe('已关注')

    await wrapper.get('[data-testid="follow-button"]').trigger('click')
    await settle()

    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(true)
    expect(wrapper.get('[data-testid="follow-button"]').text()).toBe('关注')
  })

  it('sends a visitor to sign in and back', async () => {
    stubApi({ '/api/v1/session': ANONYMOUS })
    const { wrapper, router } = await mountWithApp(FollowButton, { props: { target: 'RESULT', id: 9 } }, '/results/9')
    await settle()

    await wrapper.get('[data-testid="follow-button"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'))

    expect(router.currentRoute.value.query.redirect).toBe('/results/9')
  })
})
