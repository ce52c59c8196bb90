import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { OrganisationProfile } from '@/api/types'
import { aPage, aPosting, mountWithApp, stubApi } from '@/test/helpers'
import OrganisationPublicPage from './OrganisationPublicPage.vue'

const profile: OrganisationProfile = {
  id: 7,
  type: 'UNIVERSITY',
  name: '南华大学',
  nameZh: '南华大学',
  nameEn: 'University of South China',
  region: { code: '430407', name: '石鼓区' },
  industry: { code: 'M', name: '科学研究和技术服务业' },
  size: null,
  website: 'https://www.usc.edu.cn',
  profile: '核工业特色的综合性大学',
  verified: true,
  version: 3,
}

async function mountPage() {
  const { wrapper } = await mountWithApp(OrganisationPublicPage, { props: { id: 7 } })
  await flushPromises()
  return wrapper
}

describe('OrganisationPublicPage', () => {
  it('shows a verified organisation with its published needs and results, in words not codes', async () => {
    const fetchMock = stubApi({
      '/api/v1/organisations/7': profile,
      '/api/v1/needs': aPage([]),
      '/api/v1/results': aPage([aPosting('RESULT', 11), aPosting('RESULT', 12)]),
    })
    const wrapper = await mountPage()

    expect(wrapper.get('h1').text()).toBe('南华大学')
    expect(wrapper.text()).toContain('高校 · 石鼓区')
    expect(wrapper.text()).not.toContain('430407')
    expect(wrapper.get('[data-testid="org-profile"]').text()).toBe('核工业特色的综合性大学')
    expect(wrapper.get('[data-testid="org-postings-RESULT"]').findAll('[data-testid="posting-card"]')).toHaveLength(2)
    expect(wrapper.get('[data-testid="org-postings-NEED"]').get('[data-testid="empty"]').text()).toContain('暂无已发布的技术需求')
    const urls = fetchMock.mock.calls.map(([url]) => String(url))
    expect(urls).toContain('/api/v1/results?organisation=7&sort=newest&size=50')
  })

  it('has no page for an organisation that is not verified', async () => {
    stubApi({
      '/api/v1/organisations/7': { ...profile, verified: false },
      '/api/v1/needs': aPage([]),
      '/api/v1/results': aPage([]),
    })
    const wrapper = await mountPage()

    expect(wrapper.get('[data-testid="org-missing"]').text()).toContain('尚未通过认证')
    expect(wrapper.find('h1').exists()).toBe(false)
  })

  it('says so when the organisation does not exist', async () => {
    stubApi({ '/api/v1/needs': aPage([]), '/api/v1/results': aPage([]) })
    const wrapper = await mountPage()

    expect(wrapper.find('[data-testid="org-missing"]').exists()).toBe(true)
  })
})
