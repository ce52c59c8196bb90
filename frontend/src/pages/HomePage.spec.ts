import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n'
import { aPage, aPosting, json, mountWithApp, stubApi } from '@/test/helpers'
import HomePage from './HomePage.vue'

const stats = {
  publishedNeeds: 1284,
  publishedResults: 956,
  organisations: 312,
  matchesMade: 87,
  contractValueYuan: 12_500_000,
  brokers: 14,
  newPostingsThisMonth: 23,
}
const clusters = [
  { code: 'NONFERROUS_METALS', name: '有色金属', postings: 42 },
  { code: 'POWER_EQUIPMENT', name: '输变电装备', postings: 0 },
]

function stubHome(overrides: Record<string, unknown> = {}) {
  return stubApi({
    '/api/v1/platform/stats': stats,
    '/api/v1/platform/clusters': clusters,
    '/api/v1/platform/featured-results': [],
    '/api/v1/needs': aPage([aPosting('NEED', 1), aPosting('NEED', 2, { amount: { negotiable: true, minYuan: null, maxYuan: null } })]),
    '/api/v1/results': aPage([aPosting('RESULT', 11)]),
    ...overrides,
  })
}

async function mountHome() {
  const { wrapper } = await mountWithApp(HomePage)
  await flushPromises()
  return wrapper
}

describe('HomePage', () => {
  it('shows the platform figures, the clusters and the newest postings', async () => {
    const fetchMock = stubHome()
    const wrapper = await mountHome()

    expect(wrapper.get('h1').text()).toBe('让技术需求遇见科技成果')
    expect(wrapper.get('[data-testid="figure-publishedNeeds"]').text()).toBe('1,284')
    expect(wrapper.get('[data-testid="figure-matchesMade"]').text()).toBe('87')

    const clusterLinks = wrapper.findAll('[data-testid="cluster-card"]')
    expect(clusterLinks.map((c) => c.get('.cluster__name').text())).toEqual(['有色金属', '输变电装备'])
    expect(clusterLinks[0]?.attributes('href')).toBe('/search?cluster=NONFERROUS_METALS')
    expect(clusterLinks.map((c) => c.get('[data-testid="cluster-count"]').text())).toEqual(['42 条', '0 条'])
    expect(clusterLinks[0]?.find('svg').exists(), 'a real icon').toBe(true)

    const needs = wrapper.get('[data-testid="newest-needs"]').findAll('[data-testid="posting-card"]')
    expect(needs).toHaveLength(2)
    expect(needs[0]?.text()).toContain('硬质合金刀具涂层工艺改进 1')
    expect(needs[0]?.text()).toContain('衡阳某硬质合金有限公司')
    expect(needs[0]?.text()).toContain('有色金属')
    expect(needs[0]?.text()).toContain('50–200 万元')
    expect(needs[0]?.text()).toContain('2025年3月18日')
    expect(needs[0]?.get('a').attributes('href')).toBe('/needs/1')
    expect(needs[1]?.text()).toContain('面议')

    const results = wrapper.get('[data-testid="newest-results"]').findAll('[data-testid="posting-card"]')
    expect(results).toHaveLength(1)
    expect(results[0]?.get('a').attributes('href')).toBe('/results/11')

    const needsUrl = fetchMock.mock.calls.map(([url]) => String(url)).find((url) => url.startsWith('/api/v1/needs'))
    expect(needsUrl).toBe('/api/v1/needs?sort=newest&size=6')
  })

  it('shows the figures worth showing: contract value, brokers, this month, and deals once there are any', async () => {
    stubHome()
    const wrapper = await mountHome()

    expect(wrapper.get('[data-testid="figure-contractValueYuan"]').text()).toBe('1,250 万元')
    expect(wrapper.get('[data-testid="figure-brokers"]').text()).toBe('14')
    expect(wrapper.get('[data-testid="figure-newPostingsThisMonth"]').text()).toBe('23')
    expect(wrapper.text()).toContain('技术合同成交额')
  })

  it('hides a zero for deals made and contract value', async () => {
    stubHome({ '/api/v1/platform/stats': { ...stats, matchesMade: 0, contractValueYuan: 0 } })
    const wrapper = await mountHome()

    expect(wrapper.find('[data-testid="figure-matchesMade"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="figure-contractValueYuan"]').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('促成对接')
    expect(wrapper.get('[data-testid="figure-publishedNeeds"]').text()).toBe('1,284')
  })

  it('links every section to the search filtered accordingly', async () => {
    stubHome()
    const wrapper = await mountHome()

    expect(wrapper.get('[data-testid="newest-needs-more"]').attributes('href')).toBe('/search?kind=NEED&sort=NEWEST')
    expect(wrapper.get('[data-testid="newest-results-more"]').attributes('href')).toBe('/search?kind=RESULT&sort=NEWEST')
    expect(wrapper.get('[data-testid="clusters-more"]').attributes('href')).toBe('/search')
    expect(wrapper.get('[data-testid="newest-needs-more"]').attributes('aria-label')).toBe('查看更多最新技术需求')
  })

  it('shows the results operators featured, and no empty section when there are none', async () => {
    stubHome({ '/api/v1/platform/featured-results': [aPosting('RESULT', 31, { title: '精选成果：高效选矿药剂' })] })
    const wrapper = await mountHome()

    const featured = wrapper.get('[data-testid="featured-results"]')
    expect(featured.text()).toContain('推荐成果')
    expect(featured.text()).toContain('精选成果：高效选矿药剂')
    expect(wrapper.get('[data-testid="featured-more"]').attributes('href')).toBe('/search?kind=RESULT')

    stubHome()
    const plain = await mountHome()
    expect(plain.find('[data-testid="featured-results"]').exists()).toBe(false)
  })

  it('shows skeletons until the answers arrive', async () => {
    vi.stubGlobal('fetch', () => new Promise<Response>(() => {}))
    const { wrapper } = await mountWithApp(HomePage)

    expect(wrapper.findAll('[data-testid="loading"]')).toHaveLength(4)
    expect(wrapper.find('[data-testid="posting-card"]').exists()).toBe(false)
  })

  it('says so when nothing has been published yet', async () => {
    stubHome({ '/api/v1/needs': aPage([]), '/api/v1/results': aPage([]), '/api/v1/platform/clusters': [] })
    const wrapper = await mountHome()

    expect(wrapper.get('[data-testid="newest-needs"]').text()).toContain('暂时还没有发布的技术需求')
    expect(wrapper.get('[data-testid="newest-results"]').text()).toContain('暂时还没有发布的科技成果')
    expect(wrapper.text()).toContain('暂时还没有产业集群')
    expect(wrapper.find('[data-testid="posting-card"]').exists()).toBe(false)
  })

  it('shows an error with a retry that reloads the failed part', async () => {
    let failing = true
    stubHome({
      '/api/v1/results': () =>
        failing
          ? json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, 500, 'application/problem+json')
          : json(aPage([aPosting('RESULT', 11)])),
    })
    const wrapper = await mountHome()

    const section = wrapper.get('[data-testid="newest-results"]')
    expect(section.get('[role="alert"]').text()).toContain('加载失败')
    expect(wrapper.get('[data-testid="newest-needs"]').findAll('[data-testid="posting-card"]'), 'other parts still show').toHaveLength(2)

    failing = false
    await section.get('[role="alert"] button').trigger('click')
    await flushPromises()

    expect(section.find('[role="alert"]').exists()).toBe(false)
    expect(section.findAll('[data-testid="posting-card"]')).toHaveLength(1)
  })

  it('reloads localised content when the language changes', async () => {
    const fetchMock = stubHome()
    const wrapper = await mountHome()
    fetchMock.mockClear()

    i18n.global.locale.value = 'en'
    await flushPromises()

    const reloaded = fetchMock.mock.calls.map(([url]) => new URL(String(url), 'http://x').pathname).sort()
    expect(reloaded).toEqual(['/api/v1/needs', '/api/v1/platform/clusters', '/api/v1/platform/featured-results', '/api/v1/results'])
    expect(wrapper.get('h1').text()).toBe('Where technology needs meet research results')
    expect(wrapper.get('[data-testid="newest-needs"]').text()).toContain('¥500K–2M')
  })

  it('sends the described need to the matching page', async () => {
    stubHome()
    const { wrapper, router } = await mountWithApp(HomePage)
    await flushPromises()

    await wrapper.get('form[role="search"]').trigger('submit')
    expect(wrapper.get('#hero-search-error').text(), 'an empty description is refused').toBe('请先描述您的技术需求')
    expect(router.currentRoute.value.path).toBe('/')

    await wrapper.get('#hero-search-input').setValue('  刀具涂层寿命  ')
    await wrapper.get('form[role="search"]').trigger('submit')
    await flushPromises()

    expect(router.currentRoute.value.fullPath).toBe('/try?q=%E5%88%80%E5%85%B7%E6%B6%82%E5%B1%82%E5%AF%BF%E5%91%BD')
  })
})
