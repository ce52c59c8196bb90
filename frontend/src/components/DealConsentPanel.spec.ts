import { describe, expect, it } from 'vitest'
import type { Deal } from '@/api/dealTypes'
import { aDeal } from '@/test/deals'
import { mountWithApp, problem, sentBody, settle, stubApi } from '@/test/helpers'
import DealConsentPanel from './DealConsentPanel.vue'

const CONFIRMATION = '/api/v1/deals/41/confirmation'
const AGREEMENT = '/api/v1/deals/41/proposal/confirmation'
const REJECTION = '/api/v1/deals/41/proposal/rejection'

async function mountPanel(deal: Deal) {
  const { wrapper } = await mountWithApp(DealConsentPanel, { props: { deal } })
  return wrapper
}

const unconfirmed = (actions: Deal['actions']) =>
  aDeal('CONTACTED', ['LOST'], { confirmed: false, supplyConfirmed: false, actions })

const contractProposed = (actions: Deal['actions']) =>
  aDeal('NEGOTIATING', [], {
    side: 'SUPPLY',
    actions,
    proposal: {
      stage: 'CONTRACT_SIGNED',
      proposedBy: 9,
      proposedByName: '王工',
      demandAgreed: true,
      supplyAgreed: false,
      proposedAt: '2026-11-20T02:00:00Z',
      contract: {
        valueYuan: 1200000,
        cooperationMode: 'JOINT_DEVELOPMENT',
        signedOn: '2026-11-20',
        title: '烟气制酸技术开发合同',
        type: 'DEVELOPMENT',
        parties: [
          { role: 'CLIENT', name: '衡阳有色冶炼厂' },
          { role: 'CONTRACTOR', name: '南华大学' },
        ],
      },
    },
  })

describe('DealConsentPanel', () => {
  it('tells the side that opened the deal it awaits the other side, with nothing to press', async () => {
    stubApi({})
    const wrapper = await mountPanel(unconfirmed(['MARK_LOST', 'DISPUTE']))

    expect(wrapper.get('[data-testid="awaiting-confirmation"]').text()).toContain('等待对方在其账号中确认')
    expect(wrapper.find('[data-testid="confirm-deal"]').exists()).toBe(false)
  })

  it('lets the other side confirm the deal at the version it saw', async () => {
    const fetchMock = stubApi({ [CONFIRMATION]: aDeal('CONTACTED', ['NDA_SIGNED', 'LOST']) })
    const wrapper = await mountPanel(unconfirmed(['CONFIRM_DEAL', 'MARK_LOST', 'DISPUTE']))

    await wrapper.get('[data-testid="confirm-deal"]').trigger('click')
    await settle()

    expect(sentBody(fetchMock, CONFIRMATION)).toEqual({ version: 3 })
    expect(wrapper.emitted('changed')?.[0]?.[0]).toMatchObject({ confirmed: true })
  })

  it('shows the proposed contract terms to the side asked to agree, with agree and reject', async () => {
    const fetchMock = stubApi({ [AGREEMENT]: aDeal('CONTRACT_SIGNED', []) })
    const wrapper = await mountPanel(contractProposed(['CONFIRM_PROPOSAL', 'REJECT_PROPOSAL', 'DISPUTE']))

    const pending = wrapper.get('[data-testid="pending-proposal"]')
    expect(pending.text()).toContain('已签合同')
    expect(pending.text()).toContain('烟气制酸技术开发合同')
    expect(pending.text()).toContain('王工')
    expect(wrapper.get('[data-testid="reject-proposal"]').text()).toBe('拒绝')

    await wrapper.get('[data-testid="confirm-proposal"]').trigger('click')
    await settle()
    expect(sentBody(fetchMock, AGREEMENT)).toEqual({ version: 3 })
  })

  it('lets the proposer only wait or withdraw its proposal', async () => {
    const fetchMock = stubApi({ [REJECTION]: aDeal('NEGOTIATING', ['CONTRACT_SIGNED', 'LOST']) })
    const wrapper = await mountPanel(contractProposed(['REJECT_PROPOSAL', 'MARK_LOST', 'DISPUTE']))

    expect(wrapper.find('[data-testid="confirm-proposal"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('等待对方确认或拒绝')
    await wrapper.get('[data-testid="reject-proposal"]').trigger('click')
    await settle()
    expect(sentBody(fetchMock, REJECTION)).toEqual({ version: 3 })
  })

  it('reloads when the terms changed since the caller saw them', async () => {
    stubApi({ [AGREEMENT]: () => problem(409, '内容已被他人修改', { currentVersion: 5 }) })
    const wrapper = await mountPanel(contractProposed(['CONFIRM_PROPOSAL', 'REJECT_PROPOSAL']))

    await wrapper.get('[data-testid="confirm-proposal"]').trigger('click')
    await settle()
    expect(wrapper.emitted('stale')).toHaveLength(1)
  })

  it('shows nothing for a confirmed deal without a proposal', async () => {
    stubApi({})
    const wrapper = await mountPanel(aDeal('NDA_SIGNED', ['NEGOTIATING', 'LOST'], { actions: ['PROPOSE'] }))
    expect(wrapper.find('[data-testid="deal-consent"]').exists()).toBe(false)
  })
})
