import type { VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { Verification } from '@/api/types'
import { json, mountWithApp, problem, sentBody, settle, stubApi } from '@/test/helpers'
import VerificationQueuePage from './VerificationQueuePage.vue'

function aPendingOrganisation(id: number, nameZh: string): Verification {
  return {
    organisationId: id,
    nameZh,
    nameEn: null,
    type: 'ENTERPRISE',
    creditCode: '91430400MA4L12345X',
    regionCode: '430407',
    status: 'PENDING',
    rejectionReason: null,
    requestedAt: '2026-03-18T02:00:00Z',
    verifiedAt: null,
    licence: { fileName: '营业执照.pdf', contentType: 'application/pdf', size: 204_800, sha256: 'ab', uploadedAt: '2026-03-18T01:00:00Z' },
    applicant: { name: '王经理', email: 'wang@jinggong.example.cn', phone: '0734-8888888' },
  }
}

function stubQueue(decide: (init: RequestInit) => Response) {
  return stubApi({
    '/api/v1/operator/verifications': [aPendingOrganisation(3, '衡阳精工刀具有限公司'), aPendingOrganisation(4, '南华大学')],
    '/api/v1/regions': [{ code: '430407', parentCode: '430400', level: 'COUNTY', name: '石鼓区' }],
    '/api/v1/catalogue/industries': [],
    '/api/v1/operator/verifications/3': decide,
  })
}

async function mountQueue() {
  const { wrapper } = await mountWithApp(VerificationQueuePage, { attachTo: document.body })
  await settle()
  return wrapper
}

/** The dialog is teleported to <body>, outside the wrapper. */
function dialog(): HTMLElement {
  const form = document.querySelector<HTMLElement>('[data-testid="reject-form"]')
  if (!form) throw new Error('the reject dialog is not open')
  return form
}

async function openRejectDialog(wrapper: VueWrapper) {
  await wrapper.findAll('[data-testid="queue-item"]')[0]?.get('[data-testid="reject"]').trigger('click')
  await settle()
}

/** The confirmation box is teleported to <body> too. */
async function answerConfirmation(button: 'confirm' | 'cancel') {
  await settle()
  const box = document.querySelector<HTMLElement>('.el-message-box')
  if (!box) throw new Error('no confirmation was asked')
  const buttons = box.querySelectorAll<HTMLButtonElement>('.el-message-box__btns button')
  buttons[button === 'confirm' ? buttons.length - 1 : 0]?.click()
  await settle()
}

async function confirmReject() {
  dialog().dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
  await settle()
}

describe('VerificationQueuePage', () => {
  it('lists the organisations waiting, with their facts and licence', async () => {
    stubQueue(() => json({}))
    const wrapper = await mountQueue()

    const items = wrapper.findAll('[data-testid="queue-item"]')
    expect(items).toHaveLength(2)
    expect(items[0]?.text()).toContain('衡阳精工刀具有限公司')
    expect(items[0]?.text()).toContain('91430400MA4L12345X')
    expect(items[0]?.text()).toContain('石鼓区')
    expect(items[0]?.text()).toContain('企业')
    expect(items[0]?.get('[data-testid="licence-link"]').attributes('href')).toBe('/api/v1/organisations/3/licence')
  })

  it('previews the licence inline, names the applicant and links to the national credit system', async () => {
    stubQueue(() => json({}))
    const wrapper = await mountQueue()

    const item = wrapper.findAll('[data-testid="queue-item"]')[0]!
    expect(item.get('[data-testid="licence-frame"]').attributes('src')).toBe('/api/v1/operator/verifications/3/licence')
    expect(item.get('[data-testid="applicant"]').text()).toContain('王经理')
    expect(item.get('[data-testid="applicant"]').text()).toContain('wang@jinggong.example.cn')
    expect(item.get('[data-testid="applicant"]').text()).toContain('0734-8888888')
    const check = item.get('[data-testid="credit-check"]')
    expect(check.attributes('href')).toBe('https://www.gsxt.gov.cn')
    expect(check.text()).toContain('国家企业信用信息公示系统')
  })

  it('shows a photographed licence as an image', async () => {
    stubApi({
      '/api/v1/operator/verifications': [
        { ...aPendingOrganisation(5, '衡阳轴承厂'), licence: { fileName: 'scan.png', contentType: 'image/png', size: 1000, sha256: 'cd', uploadedAt: '2026-03-18T01:00:00Z' } },
      ],
      '/api/v1/regions': [],
      '/api/v1/catalogue/industries': [],
    })
    const wrapper = await mountQueue()

    expect(wrapper.get('[data-testid="licence-image"]').attributes('src')).toBe('/api/v1/operator/verifications/5/licence')
    expect(wrapper.find('[data-testid="licence-frame"]').exists()).toBe(false)
  })

  it('refuses to reject without a reason', async () => {
    const fetchMock = stubQueue(() => json({}))
    const wrapper = await mountQueue()
    await openRejectDialog(wrapper)

    await confirmReject()

    expect(dialog().textContent).toContain('请填写驳回原因')
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST'), 'nothing sent').toBe(false)
    expect(wrapper.findAll('[data-testid="queue-item"]')).toHaveLength(2)
  })

  it('shows the server’s objection to the reason on the reason field', async () => {
    stubQueue(() => problem(400, '请求数据无效', { errors: [{ field: 'reason', message: '驳回时必须填写原因，最多 1000 个字符' }] }))
    const wrapper = await mountQueue()
    await openRejectDialog(wrapper)

    const reason = dialog().querySelector<HTMLTextAreaElement>('#reject-reason')
    reason!.value = '   .'
    reason!.dispatchEvent(new Event('input'))
    await confirmReject()

    expect(dialog().querySelector('.el-form-item__error')?.textContent).toContain('驳回时必须填写原因')
  })

  it('rejects with the reason and takes the organisation off the queue', async () => {
    const fetchMock = stubQueue(() => json({ ...aPendingOrganisation(3, '衡阳精工刀具有限公司'), status: 'REJECTED' }))
    const wrapper = await mountQueue()
    await openRejectDialog(wrapper)

    const reason = dialog().querySelector<HTMLTextAreaElement>('#reject-reason')
    reason!.value = '营业执照上的名称与登记名称不一致'
    reason!.dispatchEvent(new Event('input'))
    await confirmReject()

    expect(sentBody(fetchMock, '/api/v1/operator/verifications/3')).toEqual({
      decision: 'REJECT',
      reason: '营业执照上的名称与登记名称不一致',
    })
    expect(wrapper.findAll('[data-testid="queue-item"]').map((item) => item.text())).toEqual([
      expect.stringContaining('南华大学'),
    ])
  })

  it('sends nothing when the operator does not confirm the approval', async () => {
    const fetchMock = stubQueue(() => json({ ...aPendingOrganisation(3, '衡阳精工刀具有限公司'), status: 'VERIFIED' }))
    const wrapper = await mountQueue()

    await wrapper.findAll('[data-testid="queue-item"]')[0]?.get('[data-testid="approve"]').trigger('click')
    await answerConfirmation('cancel')

    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST'), 'nothing sent').toBe(false)
    expect(wrapper.findAll('[data-testid="queue-item"]')).toHaveLength(2)
  })

  it('approves once the operator confirms', async () => {
    const fetchMock = stubQueue(() => json({ ...aPendingOrganisation(3, '衡阳精工刀具有限公司'), status: 'VERIFIED' }))
    const wrapper = await mountQueue()

    await wrapper.findAll('[data-testid="queue-item"]')[0]?.get('[data-testid="approve"]').trigger('click')
    await answerConfirmation('confirm')

    expect(sentBody(fetchMock, '/api/v1/operator/verifications/3')).toEqual({ decision: 'APPROVE' })
    expect(wrapper.findAll('[data-testid="queue-item"]')).toHaveLength(1)
  })
})
