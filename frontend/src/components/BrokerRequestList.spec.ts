import { describe, expect, it } from 'vitest'
import type { BrokerRequest } from '@/api/dealTypes'
import { aSession, json, mountWithApp, sentBody, settle, stubApi } from '@/test/helpers'
import BrokerRequestList from './BrokerRequestList.vue'

function aRequest(overrides: Partial<BrokerRequest> = {}): BrokerRequest {
  return {
    id: 21,
    subjectType: 'NEED',
    subjectId: 12,
    subjectTitle: '铅锌冶炼废水中重金属深度去除与回收技术',
    requesterOrganisationId: 5,
    requesterOrganisationName: '衡阳某冶炼厂',
    brokerAccountId: 7,
    brokerName: '王经纪',
    message: '请协助寻找除铊技术',
    status: 'PENDING',
    createdAt: '2026-11-20T02:00:00Z',
    answeredAt: null,
    ...overrides,
  }
}

describe('BrokerRequestList', () => {
  it('lets the broker accept a request addressed to them', async () => {
    let accepted = false
    const fetchMock = stubApi({
      '/api/v1/session': aSession({ roles: ['MEMBER', 'BROKER'] }),
      '/api/v1/broker/requests': () => json([aRequest({ status: accepted ? 'ACCEPTED' : 'PENDING' })]),
      '/api/v1/broker/requests/21/acceptance': () => {
        accepted = true
        return json(aRequest({ status: 'ACCEPTED' }))
      },
    })
    const { wrapper } = await mountWithApp(BrokerRequestList, { props: { operator: false } }, '/')
    await settle()

    expect(wrapper.get('[data-testid="broker-request"]').text()).toContain('来自 衡阳某冶炼厂')
    await wrapper.get('[data-testid="accept-request"]').trigger('click')
    await settle()

    expect(fetchMock.mock.calls.some(([url, init]) => String(url).endsWith('/requests/21/acceptance') && init?.method === 'POST')).toBe(true)
    expect(wrapper.find('[data-testid="accept-request"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('已接受')
  })

  it('offers operators no acceptance, only assigning a broker to a request for any broker', async () => {
    stubApi({
      '/api/v1/session': aSession({ roles: ['OPERATOR'] }),
      '/api/v1/broker/requests': [aRequest({ brokerAccountId: null, brokerName: null, subjectType: 'CONVERSATION', subjectTitle: null })],
      '/api/v1/broker/brokers': [{ accountId: 7, displayName: '王经纪', organisationId: 3 }],
    })
    const { wrapper } = await mountWithApp(BrokerRequestList, { props: { operator: true } }, '/')
    await settle()

    expect(wrapper.find('[data-testid="accept-request"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('会话 #12')
    expect(wrapper.find('[data-testid="decline-request"]').exists()).toBe(true)
  })

  it('says so when nobody asked', async () => {
    const fetchMock = stubApi({ '/api/v1/session': aSession({ roles: ['MEMBER', 'BROKER'] }), '/api/v1/broker/requests': [] })
    const { wrapper } = await mountWithApp(BrokerRequestList, { props: { operator: false } }, '/')
    await settle()

    expect(wrapper.text()).toContain('暂无协助请求')
    expect(sentBody(fetchMock, '/api/v1/broker/requests')).toBeUndefined()
  })
})
