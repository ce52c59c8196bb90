import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { MatchExplanationData } from '@/api/postingTypes'
import { mountWithApp, stubApi } from '@/test/helpers'
import MatchExplanation from './MatchExplanation.vue'

const explanation: MatchExplanationData = {
  sharedTerms: ['重金属', '废水'],
  sourceHighlighted: '铅锌冶炼<em>废水</em><img src=x onerror=alert(1)>',
  titleHighlighted: '含铊<em>重金属</em>废水处理',
  textHighlighted: ['针对有色冶炼<em>废水</em>中铊的问题'],
  semanticSimilarity: 0.8029,
  criteria: [
    { name: 'COOPERATION_MODE', status: 'MET', needValue: 'JOINT_DEVELOPMENT,TRANSFER', resultValue: 'TRANSFER', factor: 1 },
    { name: 'TECHNICAL_FIELD', status: 'CONFLICTING', needValue: 'ENV.WATER', resultValue: 'MAT.NONFERROUS', factor: 0.85 },
    { name: 'PRICE_BUDGET', status: 'UNKNOWN', needValue: '1000000-3000000', resultValue: 'NEGOTIABLE', factor: 1 },
    { name: 'MATURITY', status: 'MET', needValue: 'TRL 5', resultValue: null, factor: 1 },
  ],
  score: {
    lexical: 180, lexicalNormalised: 1, semantic: 0.8, semanticNormalised: 0.7, fused: 0.9, fieldAffinity: 0.27,
    relevance: 1.17, compatibility: 0.85, total: 0.99,
  },
}

async function mountExplanation(shown: MatchExplanationData = explanation) {
  stubApi({
    '/api/v1/catalogue/fields': [
      { code: 'ENV', name: '资源与环境', children: [{ code: 'ENV.WATER', name: '水处理与水利', children: [] }] },
      { code: 'MAT', name: '材料', children: [{ code: 'MAT.NONFERROUS', name: '有色金属材料', children: [] }] },
    ],
    '/api/v1/catalogue/clusters': [],
    '/api/v1/regions': [],
  })
  const { wrapper } = await mountWithApp(MatchExplanation, { props: { explanation: shown, strength: 87, sourceKind: 'NEED' } })
  const { useCatalogueStore } = await import('@/stores/catalogue')
  await useCatalogueStore().ensure()
  await flushPromises()
  return wrapper
}

describe('MatchExplanation', () => {
  it('shows shared terms, similarity and both texts with safe highlights', async () => {
    const wrapper = await mountExplanation()

    expect(wrapper.get('[data-testid="shared-terms"]').findAll('li').map((li) => li.text())).toEqual(['重金属', '废水'])
    expect(wrapper.get('[data-testid="semantic-similarity"]').text()).toContain('80%')
    const source = wrapper.get('[data-testid="source-text"]')
    expect(source.find('em').text()).toBe('废水')
    expect(source.find('img').exists(), 'other markup is escaped').toBe(false)
    expect(source.text()).toContain('<img src=x onerror=alert(1)>')
    expect(wrapper.get('[data-testid="target-text"]').find('em').text()).toBe('废水')
    expect(wrapper.text()).toContain('需求原文')
  })

  it('shows each criterion as met, conflicting or unknown with both sides in words', async () => {
    const wrapper = await mountExplanation()
    const rows = wrapper.findAll('[data-testid="criterion"]')

    expect(rows.map((r) => r.classes().find((c) => c.startsWith('is-')))).toEqual(['is-met', 'is-conflicting', 'is-unknown', 'is-met'])
    expect(rows[0]?.text()).toContain('合作方式')
    expect(rows[0]?.text()).toContain('✓')
    expect(rows[0]?.text()).toContain('合作开发、技术转让')
    expect(rows[1]?.text()).toContain('✗')
    expect(rows[1]?.text()).toContain('不符')
    expect(rows[1]?.text()).toContain('水处理与水利')
    expect(rows[1]?.text()).toContain('有色金属材料')
    expect(rows[2]?.text()).toContain('未知')
    expect(rows[2]?.text()).toContain('100–300 万元')
    expect(rows[2]?.text()).toContain('面议')
    expect(rows[3]?.text()).toContain('未说明')
  })

  it('breaks the score into parts, the semantic bar showing the similarity stated above it', async () => {
    const wrapper = await mountExplanation()
    const parts = wrapper.findAll('[data-testid="score-parts"] .why__part')
    const part = (index: number) => ({ text: parts[index]?.text(), width: parts[index]?.find('.why__bar span').attributes('style') })

    expect(part(0)).toEqual({ text: expect.stringContaining('100%'), width: 'width: 100%;' })
    expect(part(1), 'semantic: the similarity (80%), not the normalised rank score (70%)').toEqual({
      text: expect.stringContaining('80%'),
      width: 'width: 80%;',
    })
    expect(wrapper.get('[data-testid="semantic-similarity"]').text()).toContain('80%')
    expect(part(2).text).toContain('+0.27')
    expect(part(3).text).toContain('×0.85')
    expect(part(4)).toEqual({ text: expect.stringMatching(/匹配强度\s*87$/), width: 'width: 87%;' })
    expect(wrapper.text(), 'the unbounded score is not shown').not.toContain('0.99')
  })

  it('says no conditions were stated instead of a table of unknowns', async () => {
    const unstated = explanation.criteria.map((c) => ({ ...c, status: 'UNKNOWN' as const, needValue: null, factor: 1 }))
    const wrapper = await mountExplanation({ ...explanation, criteria: unstated })

    expect(wrapper.find('[data-testid="criteria"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="criteria-unstated"]').text()).toBe('没有可对比的合作条件，仅按内容匹配。')
    expect(wrapper.text()).not.toContain('未知')
  })
})
