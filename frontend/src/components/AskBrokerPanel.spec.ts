import { describe, expect, it } from 'vitest'
import type { Assignment } from '@/api/dealTypes'
import { aSession, json, mountWithApp, settle, stubApi } from '@/test/helpers'
import AskBrokerPanel from './AskBrokerPanel.vue'

const reader: Assignment = {
  id: 41,
  brokerAccountId: 7,
  brokerName: '王经纪',
  agencyOrganisationId: 3,
  agencyName: '衡阳技术转移服务中心',
  subjectType: 'CONVERSATION',
  subjectId: 15,
  subjectTitle: null,
  assignedAt: '2026-11-20T02:00:00Z',
}

async function mountFor(replies: Record<string, unknown>) {
  const fetchMock = stubApi({
    '/api/v1/session': aSession({ organisationId: 5, organisationVerified: true }),
    '/api/v1/broker/brokers': [{ accountId: 7, displayName: '王经纪', organisationId: 3 }, { accountId: 8, displayName: '李经纪', organisationId: 3 }],
    '/api/v1/broker/requests': [],
    ...replies,
  })
  const { wrapper } = await mountWithApp(AskBrokerPanel, { props: { subjectType: 'CONVERSATION', subjectId: 15 } }, '/inbox/15')
  await settle()
  return { wrapper, fetchMock }
}

describe('AskBrokerPanel', () => {
  it('shows the broker who reads the conversation and lets the party remove them', async () => {
    let removed = false
    const { wrapper, fetchMock } = await mountFor({
      '/api/v1/broker/assignments': () => json(removed ? [] : [reader]),
      '/api/v1/broker/assignments/41': () => {
        removed = true
        return new Response(null, { status: 204 })
      },
    })

    expect(wrapper.get('[data-testid="broker-reader"]').text()).toContain('王经纪 · 衡阳技术转移服务中心')
    await wrapper.get('[data-testid="remove-broker"]').trigger('click')
    await settle()

    expect(fetchMock.mock.calls.some(([url, init]) => String(url).endsWith('/assignments/41') && init?.method === 'DELETE')).toBe(true)
    expect(wrapper.text()).toContain('目前没有经纪人阅读本会话')
  })

  it('asks any broker by default, with the message', async () => {
    const { wrapper, fetchMock } = await mountFor({
      '/api/v1/broker/assignments': [],
      '/api/v1/broker/requests': (init: RequestInit) => json(init.method === 'POST' ? { id: 9 } : [], init.method === 'POST' ? 201 : 200),
    })

    await wrapper.get('textarea').setValue('请协助评估技术方案')
    await wrapper.get('[data-testid="ask-broker-submit"]').trigger('click')
    await settle()

    const posted = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')
    expect(posted).toHaveLength(1)
    expect(JSON.parse(String(posted[0]?.[1]?.body))).toEqual({
      subjectType: 'CONVERSATION',
      subjectId: 15,
      brokerAccountId: null,
      message: '请协助评估技术方案',
    })
  })

  it('sends nothing without a message', async () => {
    const { wrapper, fetchMock } = await mountFor({ '/api/v1/broker/assignments': [] })

    await wrapper.get('[data-testid="ask-broker-submit"]').trigger('click')
    await settle()

    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
  })
})
