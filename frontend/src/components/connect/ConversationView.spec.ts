import { describe, expect, it, vi } from 'vitest'
import type { Conversation, Message } from '@/api/connectTypes'
import { json, mountWithApp, problem, sentBody, settle, stubApi } from '@/test/helpers'
import ConversationView from './ConversationView.vue'

const BASE = '/api/v1/conversations/12'
const NDA = { id: 40, fileName: 'NDA-南华大学.pdf', contentType: 'application/pdf', sizeBytes: 52_000, sha256: 'ab'.repeat(32), uploadedAt: '2026-11-28T08:00:00Z' }

/** The interested enterprise's view (organisation 3) of a conversation about the university's result. */
function aConversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    id: 12,
    interestId: 31,
    posting: { id: 9, kind: 'RESULT', title: '高熵合金粉末制备技术' },
    offeredPosting: null,
    ownerOrganisation: { id: 5, name: '南华大学' },
    interestedOrganisation: { id: 3, name: '衡阳精工刀具有限公司' },
    myOrganisationId: 3,
    createdAt: '2026-11-29T02:00:00Z',
    lastActivityAt: '2026-11-29T03:00:00Z',
    nda: { document: NDA, acceptanceRequired: true, acceptances: [] },
    confidential: { exists: true, text: null },
    opening: null,
    ...overrides,
  }
}

function aMessage(id: number, mine: boolean, overrides: Partial<Message> = {}): Message {
  return {
    id,
    sender: mine ? { id: 3, name: '衡阳精工刀具有限公司' } : { id: 5, name: '南华大学' },
    senderName: mine ? '王晓明' : '李老师',
    mine,
    text: mine ? '请问样品何时可以提供？' : '欢迎来校交流。',
    attachments: [],
    createdAt: '2026-11-29T02:30:00Z',
    readByOtherSide: false,
    ...overrides,
  }
}

async function mountView() {
  const { wrapper } = await mountWithApp(ConversationView, { props: { id: 12 } }, '/inbox/12')
  await settle()
  return wrapper
}

describe('ConversationView', () => {
  it('shows the messages with files and read receipts, and marks the other side’s newest message read', async () => {
    const fetchMock = stubApi({
      [BASE]: aConversation(),
      [`${BASE}/messages`]: [
        aMessage(100, true, { readByOtherSide: true }),
        aMessage(101, false, {
          attachments: [{ ...NDA, id: 77, fileName: '检测报告.pdf' }],
        }),
        aMessage(102, true),
      ],
      [`${BASE}/read`]: () => new Response(null, { status: 204 }),
      '/api/v1/conversations': { unread: 0, conversations: [] },
    })
    const wrapper = await mountView()

    const messages = wrapper.findAll('[data-testid="message"]')
    expect(messages).toHaveLength(3)
    expect(messages[0]?.get('[data-testid="read-receipt"]').text(), 'read by the university').toBe('对方已读')
    expect(messages[1]?.find('[data-testid="read-receipt"]').exists(), 'no receipt on their own message').toBe(false)
    expect(messages[1]?.get('[data-testid="message-attachment"]').attributes('href')).toBe(`${BASE}/attachments/77`)
    expect(messages[2]?.get('[data-testid="read-receipt"]').text()).toBe('已送达')
    expect(sentBody(fetchMock, `${BASE}/read`)).toEqual({ upToMessageId: 101 })
    expect(wrapper.text()).toContain('与 南华大学 的会话')
  })

  it('starts with the interest’s message and fetches only newer messages while open', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    try {
      let newer: Message[] = []
      const fetchMock = stubApi({
        [BASE]: aConversation({
          opening: { text: '想了解中试条件', sender: { id: 3, name: '衡阳精工刀具有限公司' }, senderName: '王晓明', mine: true, sentAt: '2026-11-29T01:00:00Z' },
        }),
        [`${BASE}/messages`]: () => json(newer.length ? newer : [aMessage(100, false)]),
        [`${BASE}/read`]: () => new Response(null, { status: 204 }),
      })
      const wrapper = await mountView()
      expect(wrapper.get('[data-testid="opening-message"]').text()).toContain('想了解中试条件')
      expect(wrapper.findAll('[data-testid="message"]')).toHaveLength(1)

      newer = [aMessage(101, false, { text: '周三下午可以。' })]
      vi.advanceTimersByTime(5_000)
      await settle()
      const polled = fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('/messages?'))
      expect(polled.at(-1), 'asks only for what is newer than the newest message').toContain('after=100')
      expect(wrapper.findAll('[data-testid="message"]').map((m) => m.text())).toEqual([
        expect.stringContaining('欢迎来校交流。'),
        expect.stringContaining('周三下午可以。'),
      ])
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps the confidential details locked until the NDA is accepted, then shows them', async () => {
    let accepted = false
    const fetchMock = stubApi({
      [BASE]: () =>
        json(
          accepted
            ? aConversation({
                nda: {
                  document: NDA,
                  acceptanceRequired: false,
                  acceptances: [{ ndaDocumentId: 40, sha256: NDA.sha256, organisation: { id: 3, name: '衡阳精工刀具有限公司' }, acceptedBy: '王晓明', acceptedAt: '2026-11-29T04:00:00Z' }],
                },
                confidential: { exists: true, text: '粉末配方：CoCrFeNiMn，球磨 40 小时。' },
              })
            : aConversation(),
        ),
      [`${BASE}/messages`]: [],
      [`${BASE}/nda/acceptance`]: () => {
        accepted = true
        return json({ document: NDA, acceptanceRequired: false, acceptances: [] })
      },
    })
    const wrapper = await mountView()

    expect(wrapper.find('[data-testid="confidential-locked"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="confidential-text"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="nda-document"]').attributes('href')).toBe(`${BASE}/nda/document`)
    expect(wrapper.get('[data-testid="accept-nda"]').attributes('disabled'), 'reading the NDA comes first').toBeDefined()

    await wrapper.get('[data-testid="nda-agree"] input').setValue(true)
    await wrapper.get('[data-testid="accept-nda"]').trigger('click')
    await settle()

    expect(fetchMock.mock.calls.some(([url, init]) => String(url).endsWith('/nda/acceptance') && init?.method === 'POST')).toBe(true)
    expect(wrapper.get('[data-testid="confidential-text"]').text()).toContain('CoCrFeNiMn')
    expect(wrapper.get('[data-testid="nda-acceptances"]').text()).toContain('王晓明')
    expect(wrapper.find('[data-testid="accept-nda"]').exists()).toBe(false)
  })

  it('sends a message with its text and files as one multipart request and adds it to the thread', async () => {
    const fetchMock = stubApi({
      [BASE]: aConversation({ nda: { document: null, acceptanceRequired: false, acceptances: [] }, confidential: { exists: false, text: null } }),
      [`${BASE}/messages`]: (init) =>
        init.method === 'POST' ? json(aMessage(103, true, { text: '样品已寄出' }), 201) : json([]),
    })
    const wrapper = await mountView()

    await wrapper.get('[data-testid="message-text"]').setValue('样品已寄出')
    await wrapper.get('[data-testid="message-composer"]').trigger('submit')
    await settle()

    const body = sentBody(fetchMock, `${BASE}/messages`, 1) as FormData
    expect(body.get('text')).toBe('样品已寄出')
    expect(wrapper.findAll('[data-testid="message"]')).toHaveLength(1)
    expect((wrapper.get('[data-testid="message-text"]').element as HTMLTextAreaElement).value, 'the composer is cleared').toBe('')
  })

  it('says a conversation it may not see does not exist, as the server does', async () => {
    stubApi({ [BASE]: () => problem(404, '会话不存在'), [`${BASE}/messages`]: () => problem(404, '会话不存在') })
    const wrapper = await mountView()

    expect(wrapper.get('[data-testid="load-error"]').text()).toContain('该会话不存在，或您无权查看。')
    expect(wrapper.find('[data-testid="message-composer"]').exists()).toBe(false)
  })

  it('lets an overseeing broker read without writing', async () => {
    stubApi({
      [BASE]: aConversation({ myOrganisationId: null }),
      [`${BASE}/messages`]: [aMessage(101, false)],
    })
    const wrapper = await mountView()

    expect(wrapper.findAll('[data-testid="message"]')).toHaveLength(1)
    expect(wrapper.find('[data-testid="message-composer"]').exists()).toBe(false)
  })
})
