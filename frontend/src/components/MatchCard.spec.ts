import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { Match } from '@/api/postingTypes'
import { aSession, mountWithApp, settle, stubApi } from '@/test/helpers'
import MatchCard from './MatchCard.vue'

const match = {
  id: 23,
  kind: 'RESULT',
  rank: 2,
  score: 0.91,
  strength: 92,
  band: 'STRONG',
  title: '变压器局部放电在线监测系统',
  organisationId: 5,
  organisationName: '衡阳师范学院',
  organisationType: 'UNIVERSITY',
  fieldCode: null,
  clusters: [],
  negotiable: true,
  minYuan: null,
  maxYuan: null,
  explanation: {
    sharedTerms: ['变压器'],
    sourceHighlighted: '<em>变压器</em>监测',
    titleHighlighted: '<em>变压器</em>局部放电在线监测系统',
    textHighlighted: [],
    semanticSimilarity: 0.8,
    criteria: [],
    score: {
      lexical: 10, lexicalNormalised: 1, semantic: 0.8, semanticNormalised: 1, fused: 1, fieldAffinity: 0,
      relevance: 0.91, compatibility: 1, total: 0.91,
    },
  },
} as unknown as Match

const catalogue = { '/api/v1/catalogue/fields': [], '/api/v1/catalogue/clusters': [], '/api/v1/regions': [] }

async function mountFor(organisationId: number) {
  stubApi({ ...catalogue, '/api/v1/session': aSession({ organisationId, organisationVerified: true }) })
  const { wrapper } = await mountWithApp(MatchCard, { props: { match, sourceKind: 'NEED' } })
  await settle()
  return wrapper
}

describe('MatchCard', () => {
  it('offers to express interest in another organisation’s posting', async () => {
    const wrapper = await mountFor(3)

    expect(wrapper.find('[data-testid="express-interest-button"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="own-posting"]').exists()).toBe(false)
  })

  it('marks the viewer’s own organisation’s posting instead of offering interest in it', async () => {
    const wrapper = await mountFor(5)

    expect(wrapper.find('[data-testid="express-interest"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="own-posting"]').text()).toBe('本机构发布')
  })

  it('opens its explanation when a new list puts it first', async () => {
    stubApi(catalogue)
    const { wrapper } = await mountWithApp(MatchCard, { props: { match, sourceKind: null, expanded: false } })
    await flushPromises()
    expect(wrapper.find('[data-testid="match-explanation"]').exists()).toBe(false)

    await wrapper.setProps({ expanded: true })
    expect(wrapper.find('[data-testid="match-explanation"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="toggle-explanation"]').attributes('aria-expanded')).toBe('true')
  })

  it('shows the calibrated strength and its band, never the raw score', async () => {
    const wrapper = await mountFor(3)

    expect(wrapper.get('[data-testid="match-strength"]').text()).toBe('匹配强度 92 · 强')
    expect(wrapper.text()).not.toContain('0.91')
  })
})
