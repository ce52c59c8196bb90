import { describe, expect, it } from 'vitest'
import type { Match, MatchBand, MatchList } from '@/api/postingTypes'
import { mountWithApp, settle, stubApi } from '@/test/helpers'
import MatchResults from './MatchResults.vue'

function aMatch(id: number, strength: number, band: MatchBand): Match {
  return {
    id,
    kind: 'RESULT',
    rank: id,
    score: strength / 100,
    strength,
    band,
    title: `成果 ${id}`,
    organisationId: 5,
    organisationName: '南华大学',
    organisationType: 'UNIVERSITY',
    fieldCode: null,
    clusters: [],
    negotiable: true,
    minYuan: null,
    maxYuan: null,
    explanation: {
      sharedTerms: [],
      sourceHighlighted: '',
      titleHighlighted: '',
      textHighlighted: [],
      semanticSimilarity: 0.5,
      criteria: [],
      score: {
        lexical: 1, lexicalNormalised: 1, semantic: 0.5, semanticNormalised: 1, fused: 1, fieldAffinity: 0,
        relevance: 1, compatibility: 1, total: 1,
      },
    },
  } as unknown as Match
}

function aList(...matches: Match[]): MatchList {
  return { sourceId: null, sourceKind: null, targetKind: 'RESULT', sourceTitleHighlighted: '', matches }
}

async function mountList(list: MatchList) {
  stubApi({ '/api/v1/catalogue/fields': [], '/api/v1/catalogue/clusters': [], '/api/v1/regions': [] })
  const { wrapper } = await mountWithApp(MatchResults, { props: { list } })
  await settle()
  return wrapper
}

const titles = (wrapper: Awaited<ReturnType<typeof mountList>>) =>
  wrapper.findAll('[data-testid="match-card"] h3').map((h) => h.text())

describe('MatchResults', () => {
  it('hides weak matches behind "show more" instead of filling the list', async () => {
    const wrapper = await mountList(aList(aMatch(1, 97, 'STRONG'), aMatch(2, 70, 'GOOD'), aMatch(3, 40, 'FAIR'), aMatch(4, 12, 'WEAK'), aMatch(5, 3, 'WEAK')))

    expect(titles(wrapper)).toEqual(['成果 1', '成果 2', '成果 3'])
    const more = wrapper.get('[data-testid="show-weak-matches"]')
    expect(more.text()).toBe('显示更多（2 条相关度较低）')

    await more.trigger('click')
    expect(titles(wrapper)).toEqual(['成果 1', '成果 2', '成果 3', '成果 4', '成果 5'])
    expect(wrapper.find('[data-testid="show-weak-matches"]').exists()).toBe(false)
  })

  it('says so when every match is weak, and still offers them', async () => {
    const wrapper = await mountList(aList(aMatch(1, 20, 'WEAK')))

    expect(wrapper.get('[data-testid="no-strong-matches"]').text()).toContain('没有足够相近的匹配')
    expect(titles(wrapper)).toEqual([])
    await wrapper.get('[data-testid="show-weak-matches"]').trigger('click')
    expect(titles(wrapper)).toEqual(['成果 1'])
  })

  it('hides the weak ones again when a new list arrives', async () => {
    const wrapper = await mountList(aList(aMatch(1, 90, 'STRONG'), aMatch(2, 10, 'WEAK')))
    await wrapper.get('[data-testid="show-weak-matches"]').trigger('click')

    await wrapper.setProps({ list: aList(aMatch(3, 88, 'STRONG'), aMatch(4, 9, 'WEAK')) })
    expect(titles(wrapper)).toEqual(['成果 3'])
  })
})
