import { describe, expect, it } from 'vitest'
import type { Interest } from '@/api/connectTypes'
import { aSession, json, mountWithApp, settle, stubApi } from '@/test/helpers'
import IntroductionsToConfirm from './IntroductionsToConfirm.vue'

const proposed = {
  id: 61,
  posting: { id: 88, kind: 'RESULT', title: '中药材有效成分近红外光谱快速检测模型' },
  postingOrganisation: { id: 9, name: '南华大学' },
  interestedOrganisation: { id: 5, name: '衡阳南岳本草制药有限公司' },
  offeredPosting: { id: 12, kind: 'NEED', title: '中药饮片有效成分快速检测与质量追溯' },
  message: '建议双方直接沟通',
  status: 'PROPOSED',
  declineReason: null,
  introducedBy: { accountId: 7, displayName: '王经纪' },
  conversationId: null,
  createdAt: '2026-11-20T02:00:00Z',
  answeredAt: null,
} as unknown as Interest

describe('IntroductionsToConfirm', () => {
  it('lists a broker’s introduction awaiting confirmation and confirms it', async () => {
    let confirmed = false
    const fetchMock = stubApi({
      '/api/v1/session': aSession({ organisationId: 5, organisationVerified: true }),
      '/api/v1/interests': () => json(confirmed ? [] : [proposed]),
      '/api/v1/interests/61/confirmation': () => {
        confirmed = true
        return json({ ...proposed, status: 'PENDING' })
      },
    })
    const { wrapper } = await mountWithApp(IntroductionsToConfirm, {}, '/inbox')
    await settle()

    const card = wrapper.get('[data-testid="introduction-card"]')
    expect(card.text()).toContain('王经纪 提议贵机构联系')
    expect(card.text()).toContain('中药材有效成分近红外光谱快速检测模型')
    expect(String(fetchMock.mock.calls[1]?.[0] ?? fetchMock.mock.calls[0]?.[0])).toContain('status=PROPOSED')

    await wrapper.get('[data-testid="confirm-introduction"]').trigger('click')
    await settle()

    expect(fetchMock.mock.calls.some(([url, init]) => String(url).endsWith('/interests/61/confirmation') && init?.method === 'POST')).toBe(true)
    expect(wrapper.find('[data-testid="introductions"]').exists()).toBe(false)
  })

  it('declines by withdrawing the proposed interest', async () => {
    const fetchMock = stubApi({
      '/api/v1/session': aSession({ organisationId: 5 }),
      '/api/v1/interests': [proposed],
      '/api/v1/interests/61/withdrawal': { ...proposed, status: 'WITHDRAWN' },
    })
    const { wrapper } = await mountWithApp(IntroductionsToConfirm, {}, '/inbox')
    await settle()

    await wrapper.get('[data-testid="decline-introduction"]').trigger('click')
    await settle()

    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/interests/61/withdrawal'))).toBe(true)
  })

  it('shows nothing when no introduction waits', async () => {
    stubApi({ '/api/v1/session': aSession(), '/api/v1/interests': [] })
    const { wrapper } = await mountWithApp(IntroductionsToConfirm, {}, '/inbox')
    await settle()

    expect(wrapper.find('[data-testid="introductions"]').exists()).toBe(false)
  })
})
