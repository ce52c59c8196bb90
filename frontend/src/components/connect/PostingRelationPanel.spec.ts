import { describe, expect, it } from 'vitest'
import type { PostingRelation } from '@/api/dealTypes'
import { aSession, mountWithApp, settle, stubApi } from '@/test/helpers'
import PostingRelationPanel from './PostingRelationPanel.vue'

const none: PostingRelation = {
  postingId: 88,
  own: false,
  interest: null,
  conversationId: null,
  deal: null,
  mayExpressInterest: true,
  mayOpenDeal: true,
}

describe('PostingRelationPanel', () => {
  it('shows nothing when the organisation has no interest or deal here', async () => {
    stubApi({ '/api/v1/session': aSession({ organisationId: 5, organisationVerified: true }) })
    const { wrapper } = await mountWithApp(PostingRelationPanel, { props: { relation: none } }, '/forbidden')
    await settle()
    expect(wrapper.find('[data-testid="posting-relation"]').exists()).toBe(false)
  })

  it('names the interest status and deal stage in words and links to the conversation and the deal', async () => {
    stubApi({ '/api/v1/session': aSession({ organisationId: 5, organisationVerified: true }) })
    const relation: PostingRelation = {
      ...none,
      interest: { id: 61, status: 'ACCEPTED' },
      conversationId: 14,
      deal: { id: 3, stage: 'NDA_SIGNED', confirmed: true },
      mayExpressInterest: false,
      mayOpenDeal: false,
    }
    const { wrapper } = await mountWithApp(PostingRelationPanel, { props: { relation } }, '/forbidden')
    await settle()
    const text = wrapper.get('[data-testid="posting-relation"]').text()
    expect(text).toContain('已接受')
    expect(text).toContain('已签保密协议')
    expect(text).not.toMatch(/ACCEPTED|NDA_SIGNED/)
    expect(wrapper.get('[data-testid="relation-interest"] a').attributes('href')).toBe('/inbox/14')
    expect(wrapper.get('[data-testid="relation-deal"] a').attributes('href')).toBe('/deals/3')
  })
})
