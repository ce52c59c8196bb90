import { describe, expect, it } from 'vitest'
import { aSession, mountWithApp, settle, stubApi } from '@/test/helpers'
import SavedPage from './SavedPage.vue'

describe('SavedPage', () => {
  it('lists saved postings and followed organisations by kind, in words', async () => {
    stubApi({
      '/api/v1/session': aSession(),
      '/api/v1/follows': [
        { target: 'ORGANISATION', id: 4, name: '南华大学', link: '/organisations/4', followedAt: '2026-11-21T02:00:00Z' },
        { target: 'RESULT', id: 9, name: '含铀废水处理工艺', link: '/results/9', followedAt: '2026-11-20T02:00:00Z' },
      ],
    })
    const { wrapper } = await mountWithApp(SavedPage, {}, '/saved')
    await settle()

    const postings = wrapper.get('[data-testid="saved-postings"]').findAll('[data-testid="saved-item"]')
    expect(postings).toHaveLength(1)
    expect(postings[0]?.text()).toContain('成果')
    expect(postings[0]?.text()).not.toContain('RESULT')
    expect(postings[0]?.get('a').attributes('href')).toBe('/results/9')
    const organisations = wrapper.get('[data-testid="saved-organisations"]').findAll('[data-testid="saved-item"]')
    expect(organisations[0]?.text()).toContain('机构')
    expect(organisations[0]?.text()).toContain('南华大学')
  })

  it('says how to save when nothing is saved', async () => {
    stubApi({ '/api/v1/session': aSession(), '/api/v1/follows': [] })
    const { wrapper } = await mountWithApp(SavedPage, {}, '/saved')
    await settle()

    expect(wrapper.get('[data-testid="empty"]').text()).toContain('还没有收藏或关注')
  })
})
