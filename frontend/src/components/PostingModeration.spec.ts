import { describe, expect, it } from 'vitest'
import type { PostingAction, PostingDetail } from '@/api/postingTypes'
import { json, mountWithApp, sentBody, settle, stubApi } from '@/test/helpers'
import PostingModeration from './PostingModeration.vue'

function aSubmittedNeed(allowedActions: PostingAction[]): PostingDetail {
  return { id: 12, kind: 'NEED', title: '齿轮箱降噪', status: 'SUBMITTED', allowedActions } as unknown as PostingDetail
}

async function mountPanel(allowedActions: PostingAction[]) {
  const { wrapper } = await mountWithApp(PostingModeration, {
    props: { posting: aSubmittedNeed(allowedActions) },
    attachTo: document.body,
  })
  await settle()
  return wrapper
}

async function answerConfirmation(button: 'confirm' | 'cancel') {
  await settle()
  const buttons = document.querySelectorAll<HTMLButtonElement>('.el-message-box__btns button')
  if (buttons.length === 0) throw new Error('no confirmation was asked')
  buttons[button === 'confirm' ? buttons.length - 1 : 0]?.click()
  await settle()
}

describe('PostingModeration', () => {
  it('is not there for someone the server does not let moderate', async () => {
    stubApi({})
    const wrapper = await mountPanel(['EDIT', 'WITHDRAW'])

    expect(wrapper.find('[data-testid="posting-moderation"]').exists()).toBe(false)
  })

  it('publishes after the operator confirms, and tells the page', async () => {
    const fetchMock = stubApi({ '/api/v1/needs/12/approval': () => json({}) })
    const wrapper = await mountPanel(['APPROVE', 'REJECT'])

    await wrapper.get('[data-testid="moderation-approve"]').trigger('click')
    await answerConfirmation('confirm')

    expect(sentBody(fetchMock, '/api/v1/needs/12/approval')).toEqual({})
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })

  it('sends nothing when the operator cancels', async () => {
    const fetchMock = stubApi({ '/api/v1/needs/12/approval': () => json({}) })
    const wrapper = await mountPanel(['APPROVE', 'REJECT'])

    await wrapper.get('[data-testid="moderation-approve"]').trigger('click')
    await answerConfirmation('cancel')

    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
    expect(wrapper.emitted('changed')).toBeUndefined()
  })

  it('rejects with the reason the owner will read', async () => {
    const fetchMock = stubApi({ '/api/v1/needs/12/rejection': () => json({}) })
    const wrapper = await mountPanel(['APPROVE', 'REJECT'])

    await wrapper.get('[data-testid="moderation-reject"]').trigger('click')
    await settle()
    const reason = document.querySelector<HTMLTextAreaElement>('#reject-reason')
    reason!.value = '请删除正文中的联系电话'
    reason!.dispatchEvent(new Event('input'))
    document.querySelector('[data-testid="reject-form"]')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await settle()

    expect(sentBody(fetchMock, '/api/v1/needs/12/rejection')).toEqual({ reason: '请删除正文中的联系电话' })
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })
})
