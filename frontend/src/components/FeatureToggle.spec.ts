import { describe, expect, it } from 'vitest'
import type { PostingDetail } from '@/api/postingTypes'
import { aPosting, mountWithApp, settle, stubApi } from '@/test/helpers'
import FeatureToggle from './FeatureToggle.vue'

const result = { id: 31, kind: 'RESULT', title: '高效选矿药剂', status: 'PUBLISHED', allowedActions: [] } as unknown as PostingDetail

async function mountToggle() {
  const { wrapper } = await mountWithApp(FeatureToggle, { props: { posting: result } })
  await settle()
  return wrapper
}

describe('FeatureToggle', () => {
  it('features a result that is not on the home page yet', async () => {
    let featured = false
    const fetchMock = stubApi({
      '/api/v1/platform/featured-results': () => new Response(JSON.stringify(featured ? [aPosting('RESULT', 31)] : []), {
        headers: { 'Content-Type': 'application/json' },
      }),
      '/api/v1/operator/featured-results/31': () => {
        featured = true
        return new Response(null, { status: 204 })
      },
    })
    const wrapper = await mountToggle()

    expect(wrapper.get('[data-testid="feature-button"]').text()).toBe('设为首页推荐')
    await wrapper.get('[data-testid="feature-button"]').trigger('click')
    await settle()

    expect(fetchMock.mock.calls.some(([url, init]) => String(url) === '/api/v1/operator/featured-results/31' && init?.method === 'PUT')).toBe(true)
    expect(wrapper.get('[data-testid="featured-now"]').text()).toBe('已在首页推荐')
    expect(wrapper.get('[data-testid="feature-button"]').text()).toBe('取消首页推荐')
  })

  it('takes a featured result off the home page', async () => {
    const fetchMock = stubApi({
      '/api/v1/platform/featured-results': [aPosting('RESULT', 31)],
      '/api/v1/operator/featured-results/31': () => new Response(null, { status: 204 }),
    })
    const wrapper = await mountToggle()

    await wrapper.get('[data-testid="feature-button"]').trigger('click')
    await settle()

    expect(fetchMock.mock.calls.some(([url, init]) => String(url) === '/api/v1/operator/featured-results/31' && init?.method === 'DELETE')).toBe(true)
  })
})
