import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { FollowUp, Workbench } from '@/api/dealTypes'
import type { Match } from '@/api/postingTypes'
import { aSession, json, mountWithApp, sentBody, settle, stubApi } from '@/test/helpers'
import BrokerPage from './BrokerPage.vue'

const WORKBENCH = '/api/v1/broker/workbench'

const match: Match = {
  rank: 1,
  id: 88,
  kind: 'RESULT',
  title: '低浓度二氧化硫烟气制酸技术',
  organisationId: null,
  organisationName: '南华大学',
  organisationType: 'UNIVERSITY',
  fieldCode: null,
  clusters: [],
  cooperationModes: ['TRANSFER'],
  regionCode: '430407',
  trl: 6,
  stage: 'PILOT',
  negotiable: true,
  minYuan: null,
  maxYuan: null,
  publishedAt: '2026-10-01T02:00:00Z',
  score: 0.91,
  strength: 92,
  band: 'STRONG',
  explanation: {
    sharedTerms: ['二氧化硫'],
    sourceHighlighted: '',
    titleHighlighted: '',
    textHighlighted: [],
    semanticSimilarity: 0.8,
    criteria: [],
    score: {
      lexical: 1, lexicalNormalised: 1, semantic: 0.8, semanticNormalised: 0.8, fused: 0.9, fieldAffinity: 0,
      relevance: 1, compatibility: 1, total: 0.91,
    },
  },
}

function aFollowUp(id: number, overdue: boolean): FollowUp {
  return {
    id,
    brokerAccountId: 7,
    agencyOrganisationId: 3,
    subjectType: 'NEED',
    subjectId: 12,
    note: overdue ? '回访企业技术负责人' : '寄送成果资料',
    dueOn: overdue ? '2026-11-01' : '2099-01-01',
    createdAt: '2026-10-20T02:00:00Z',
    doneAt: null,
    overdue,
    overdueFlaggedAt: overdue ? '2026-11-02T00:00:00Z' : null,
  }
}

const workbench: Workbench = {
  items: [
    {
      assignment: {
        id: 1, brokerAccountId: 7, brokerName: '王经纪', agencyOrganisationId: 3, agencyName: '衡阳技术转移中心',
        subjectType: 'NEED', subjectId: 12, subjectTitle: '铜冶炼烟气二氧化硫回收', assignedAt: '2026-10-01T02:00:00Z',
      },
      posting: { id: 12, kind: 'NEED', title: '铜冶炼烟气二氧化硫回收', organisationName: '衡阳有色冶炼厂', status: 'PUBLISHED' },
      matches: [match],
      matchesAvailable: true,
    },
  ],
  conversations: [],
  followUps: [aFollowUp(31, true), aFollowUp(32, false)],
  deals: [],
}

async function mountBroker(replies: Record<string, unknown>) {
  const fetchMock = stubApi({
    '/api/v1/session': aSession({ roles: ['MEMBER', 'BROKER'] }),
    '/api/v1/catalogue/fields': [],
    '/api/v1/catalogue/clusters': [],
    '/api/v1/regions': [],
    ...(replies as Record<string, object>),
  })
  const { wrapper } = await mountWithApp(BrokerPage, {}, '/broker')
  await flushPromises()
  await settle()
  return { wrapper, fetchMock }
}

describe('BrokerPage', () => {
  it('shows each assigned need with the matches the engine suggests', async () => {
    const { wrapper } = await mountBroker({ [WORKBENCH]: workbench })

    const item = wrapper.get('[data-testid="broker-item"]')
    expect(item.text()).toContain('铜冶炼烟气二氧化硫回收')
    expect(item.findAll('[data-testid="match-card"]').map((card) => card.text())).toEqual([
      expect.stringContaining('低浓度二氧化硫烟气制酸技术'),
    ])
  })

  it('opens a deal between the assigned need and a suggested result', async () => {
    const { wrapper, fetchMock } = await mountBroker({
      [WORKBENCH]: workbench,
      '/api/v1/deals': () => json({ id: 77 }, 201),
      '/api/v1/deals/77': () => json({}, 404),
    })

    await wrapper.get('[data-testid="open-deal-88"]').trigger('click')
    await flushPromises()

    expect(sentBody(fetchMock, '/api/v1/deals')).toEqual({ needId: 12, resultId: 88 })
  })

  it('introduces the need’s owner to a suggested result', async () => {
    const { wrapper, fetchMock } = await mountBroker({
      [WORKBENCH]: workbench,
      '/api/v1/broker/introductions': () => json({ id: 5, status: 'PENDING', introducedBy: { accountId: 7, displayName: '王经纪' } }, 201),
    })

    await wrapper.get('[data-testid="introduce-88"]').trigger('click')
    await settle()
    const textarea = document.body.querySelector<HTMLTextAreaElement>('#introduce-message')
    expect(textarea, 'the dialog opened').not.toBeNull()
    textarea!.value = '两方技术高度契合，建议面谈'
    textarea!.dispatchEvent(new Event('input'))
    document.body.querySelector<HTMLFormElement>('[data-testid="introduce-form"]')!.dispatchEvent(new Event('submit'))
    await settle()

    expect(sentBody(fetchMock, '/api/v1/broker/introductions')).toEqual({
      needId: 12,
      resultId: 88,
      onBehalfOf: 'NEED',
      message: '两方技术高度契合，建议面谈',
    })
  })

  it('highlights overdue follow-ups and marks one done', async () => {
    const { wrapper, fetchMock } = await mountBroker({
      [WORKBENCH]: workbench,
      '/api/v1/broker/follow-ups/31/done': () => json({ ...aFollowUp(31, false), doneAt: '2026-11-29T02:00:00Z' }),
    })

    const followUps = wrapper.findAll('[data-testid="follow-up"]')
    expect(followUps[0]?.classes()).toContain('follow-up--overdue')
    expect(followUps[0]?.find('[data-testid="overdue-tag"]').text()).toBe('已逾期')
    expect(followUps[1]?.classes()).not.toContain('follow-up--overdue')

    await wrapper.get('[data-testid="done-31"]').trigger('click')
    await flushPromises()
    expect(fetchMock.mock.calls.some(([url, init]) => String(url).endsWith('/follow-ups/31/done') && init?.method === 'POST')).toBe(true)
  })

  it('adds a follow-up on an assigned item', async () => {
    const { wrapper, fetchMock } = await mountBroker({
      [WORKBENCH]: workbench,
      '/api/v1/broker/follow-ups': () => json(aFollowUp(33, false), 201),
    })

    const form = wrapper.getComponent({ name: 'FollowUpForm' })
    const select = form.findAllComponents({ name: 'ElSelect' })[0]
    select?.vm.$emit('update:modelValue', 'NEED:12')
    await wrapper.get('#follow-up-note').setValue('电话回访')
    await wrapper.get('#follow-up-due').setValue('2099-02-01')
    await wrapper.get('[data-testid="follow-up-form"]').trigger('submit')
    await settle()

    expect(sentBody(fetchMock, '/api/v1/broker/follow-ups')).toEqual({
      subjectType: 'NEED',
      subjectId: 12,
      note: '电话回访',
      dueOn: '2099-02-01',
    })
  })

  it('shows an agency admin the overdue follow-ups of the agency’s brokers', async () => {
    stubApi({
      '/api/v1/session': aSession({ roles: ['MEMBER', 'ORG_ADMIN'] }),
      '/api/v1/broker/follow-ups': [aFollowUp(31, true)],
    })
    const { wrapper } = await mountWithApp(BrokerPage, {}, '/broker')
    await flushPromises()
    await settle()

    expect(wrapper.get('[data-testid="agency-overdue"]').text()).toContain('回访企业技术负责人')
    expect(wrapper.find('[data-testid="broker-item"]').exists()).toBe(false)
  })
})
