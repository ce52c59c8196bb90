import { describe, expect, it } from 'vitest'
import type { Deal } from '@/api/dealTypes'
import { aDeal } from '@/test/deals'
import { mountWithApp, sentBody, settle, stubApi } from '@/test/helpers'
import DealEndForm from './DealEndForm.vue'

async function mountForm(deal: Deal) {
  const { wrapper } = await mountWithApp(DealEndForm, { props: { deal } })
  return wrapper
}

async function endWith(wrapper: Awaited<ReturnType<typeof mountForm>>, reason: string) {
  await wrapper.get('[data-testid="deal-end-open"]').trigger('click')
  await settle()
  if (reason) await wrapper.get('#deal-end-reason').setValue(reason)
  await wrapper.get('form').trigger('submit')
  await settle()
}

describe('DealEndForm', () => {
  it('lets an owner dispute a signed deal with a reason', async () => {
    const path = '/api/v1/deals/41/dispute'
    const fetchMock = stubApi({ [path]: aDeal('DISPUTED', [], { endReason: '对方未按约定付款' }) })
    const wrapper = await mountForm(aDeal('CONTRACT_SIGNED', [], { actions: ['DISPUTE'] }))

    expect(wrapper.text()).toContain('恢复发布')
    await endWith(wrapper, '对方未按约定付款')

    expect(sentBody(fetchMock, path)).toEqual({ reason: '对方未按约定付款' })
    expect(wrapper.emitted('changed')?.[0]?.[0]).toMatchObject({ stage: 'DISPUTED' })
  })

  it('needs the reason before calling the server', async () => {
    const fetchMock = stubApi({})
    const wrapper = await mountForm(aDeal('NEGOTIATING', ['LOST'], { actions: ['MARK_LOST', 'DISPUTE'] }))

    await endWith(wrapper, '')

    expect(fetchMock).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('请填写此项')
  })

  it('lets operators void a deal', async () => {
    const path = '/api/v1/deals/41/void'
    const fetchMock = stubApi({ [path]: aDeal('VOIDED', []) })
    const wrapper = await mountForm(aDeal('CONTRACT_SIGNED', [], { side: null, actions: ['VOID'] }))

    expect(wrapper.get('[data-testid="deal-end-open"]').text()).toBe('作废交易')
    await endWith(wrapper, '合同涉嫌虚假')

    expect(sentBody(fetchMock, path)).toEqual({ reason: '合同涉嫌虚假' })
  })

  it('is not offered to whoever may neither dispute nor void', async () => {
    stubApi({})
    const wrapper = await mountForm(aDeal('COMPLETED', []))
    expect(wrapper.find('[data-testid="deal-end"]').exists()).toBe(false)
  })
})
