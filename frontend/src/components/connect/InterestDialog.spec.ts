import { describe, expect, it } from 'vitest'
import type { Interest } from '@/api/connectTypes'
import { aPage, aPosting, json, mountWithApp, problem, sentBody, settle, stubApi } from '@/test/helpers'
import InterestDialog from './InterestDialog.vue'

const INTERESTS = '/api/v1/interests'

function anInterest(overrides: Partial<Interest> = {}): Interest {
  return {
    id: 31,
    posting: { id: 9, kind: 'RESULT', title: '高熵合金粉末制备技术' },
    postingOrganisation: { id: 5, name: '南华大学' },
    interestedOrganisation: { id: 3, name: '衡阳精工刀具有限公司' },
    offeredPosting: null,
    message: '我们希望合作开发刀具涂层。',
    status: 'PENDING',
    declineReason: null,
    introducedBy: null,
    conversationId: null,
    createdAt: '2026-11-29T02:00:00Z',
    answeredAt: null,
    ...overrides,
  }
}

function stubOwnPostingsAnd(interests: (init: RequestInit) => Response) {
  return stubApi({
    '/api/v1/needs': aPage([aPosting('NEED', 4, { title: '硬质合金刀具涂层工艺改进' })]),
    '/api/v1/results': aPage([]),
    [INTERESTS]: interests,
  })
}

async function mountDialog(props: { offeredPostingId?: number | null } = {}) {
  const { wrapper } = await mountWithApp(InterestDialog, {
    attachTo: document.body,
    props: { open: true, postingId: 9, postingTitle: '高熵合金粉末制备技术', ...props },
  })
  await settle()
  return wrapper
}

function form(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-testid="interest-form"]')
  if (!element) throw new Error('the interest dialog is not open')
  return element
}

async function write(message: string): Promise<void> {
  const textarea = form().querySelector<HTMLTextAreaElement>('#interest-message')!
  textarea.value = message
  textarea.dispatchEvent(new Event('input'))
  await settle()
}

async function submit(): Promise<void> {
  form().dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
  await settle()
}

describe('InterestDialog', () => {
  it('refuses to send without a message, and asks nothing of the server', async () => {
    const fetchMock = stubOwnPostingsAnd(() => json(anInterest(), 201))
    const wrapper = await mountDialog()

    await submit()

    expect(form().textContent, 'the message field says what is missing').toContain('请填写留言')
    expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith(INTERESTS)), 'no interest sent').toBe(false)
    expect(wrapper.emitted('sent')).toBeUndefined()
    wrapper.unmount()
  })

  it('sends the message with the own posting it was opened from, and reports the interest sent', async () => {
    const fetchMock = stubOwnPostingsAnd(() => json(anInterest({ offeredPosting: { id: 4, kind: 'NEED', title: '涂层' } }), 201))
    const wrapper = await mountDialog({ offeredPostingId: 4 })

    await write('  我们希望合作开发刀具涂层。 ')
    await submit()

    expect(sentBody(fetchMock, INTERESTS)).toEqual({ postingId: 9, message: '我们希望合作开发刀具涂层。', offeredPostingId: 4 })
    expect(wrapper.emitted('sent')?.[0]?.[0]).toMatchObject({ id: 31, status: 'PENDING' })
    wrapper.unmount()
  })

  it('shows why the server refused a second open interest in the same posting', async () => {
    stubOwnPostingsAnd(() => problem(409, '已有进行中的合作意向', { detail: '贵机构对该内容已有待回复或已接受的合作意向' }))
    const wrapper = await mountDialog()

    await write('再次联系')
    await submit()

    expect(document.querySelector('[data-testid="form-problem"]')?.textContent).toContain('已有进行中的合作意向')
    expect(wrapper.emitted('sent')).toBeUndefined()
    wrapper.unmount()
  })

  it('puts the server’s objection to the message beside the message field', async () => {
    stubOwnPostingsAnd(() =>
      problem(400, '输入有误', { errors: [{ field: 'message', message: '留言最多 1000 个字符' }] }),
    )
    const wrapper = await mountDialog()

    await write('太长的留言')
    await submit()

    expect(form().textContent).toContain('留言最多 1000 个字符')
    wrapper.unmount()
  })
})
