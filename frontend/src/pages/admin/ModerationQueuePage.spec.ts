import { describe, expect, it } from 'vitest'
import { aPage, aPosting, json, mountWithApp, sentBody, settle, stubApi } from '@/test/helpers'
import ModerationQueuePage from './ModerationQueuePage.vue'

function stubQueue() {
  return stubApi({
    '/api/v1/operator/moderation': aPage([
      aPosting('NEED', 7, { title: '电子组件焊点缺陷的机器视觉自动检测', organisationName: '衡阳白沙洲电子科技' }),
      aPosting('RESULT', 9, { title: '含铊重金属废水选择性吸附深度处理技术', organisationName: '南华大学' }),
    ]),
    '/api/v1/needs/7/approval': () => json({ id: 7, kind: 'NEED', status: 'PUBLISHED', version: 3, allowedActions: [] }),
    '/api/v1/results/9/rejection': () => json({ id: 9, kind: 'RESULT', status: 'REJECTED', version: 4, allowedActions: [] }),
  })
}

async function mountQueue() {
  const { wrapper } = await mountWithApp(ModerationQueuePage, { attachTo: document.body })
  await settle()
  return wrapper
}

function rejectForm(): HTMLElement {
  const form = document.querySelector<HTMLElement>('[data-testid="reject-form"]')
  if (!form) throw new Error('the reject dialog is not open')
  return form
}

describe('ModerationQueuePage', () => {
  it('lists submitted needs and results with links to their pages', async () => {
    stubQueue()
    const wrapper = await mountQueue()

    const items = wrapper.findAll('[data-testid="moderation-item"]')
    expect(items).toHaveLength(2)
    expect(items[0]?.text()).toContain('技术需求')
    expect(items[0]?.get('a').attributes('href')).toBe('/needs/7')
    expect(items[1]?.text()).toContain('科技成果')
  })

  it('approves a need through its own collection and takes it off the queue', async () => {
    const fetchMock = stubQueue()
    const wrapper = await mountQueue()

    await wrapper.findAll('[data-testid="moderation-item"]')[0]?.get('[data-testid="approve-posting"]').trigger('click')
    await settle()

    expect(sentBody(fetchMock, '/api/v1/needs/7/approval')).toEqual({})
    expect(wrapper.findAll('[data-testid="moderation-item"]')).toHaveLength(1)
  })

  it('rejects a result only with a reason, which the owner will read', async () => {
    const fetchMock = stubQueue()
    const wrapper = await mountQueue()
    await wrapper.findAll('[data-testid="moderation-item"]')[1]?.get('[data-testid="reject-posting"]').trigger('click')
    await settle()

    rejectForm().dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await settle()
    expect(rejectForm().textContent, 'an empty reason is refused').toContain('请填写驳回原因')

    const reason = rejectForm().querySelector<HTMLTextAreaElement>('#reject-reason')
    reason!.value = '请补充专利号'
    reason!.dispatchEvent(new Event('input'))
    rejectForm().dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await settle()

    expect(sentBody(fetchMock, '/api/v1/results/9/rejection')).toEqual({ reason: '请补充专利号' })
    expect(wrapper.findAll('[data-testid="moderation-item"]')).toHaveLength(1)
  })
})
