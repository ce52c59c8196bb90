import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { ANONYMOUS, mountWithApp, problem, sentBody, settle, stubApi } from '@/test/helpers'
import PasswordResetPage from './PasswordResetPage.vue'

const TOKEN = 'k3Jd-9xQ_token'
const RESET = `/api/v1/password-reset/${TOKEN}`

async function mountPage() {
  const mounted = await mountWithApp(PasswordResetPage, { props: { token: TOKEN } }, `/password-reset/${TOKEN}`)
  await flushPromises()
  return mounted
}

async function fill(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'], password: string, confirm = password) {
  await wrapper.get('#reset-password').setValue(password)
  await wrapper.get('#reset-confirm').setValue(confirm)
  await wrapper.get('[data-testid="reset-form"]').trigger('submit')
}

describe('PasswordResetPage', () => {
  it('checks length and confirmation before calling the server', async () => {
    const fetchMock = stubApi({ '/api/v1/session': ANONYMOUS })
    const { wrapper } = await mountPage()
    fetchMock.mockClear()

    await fill(wrapper, 'short', 'other')
    await settle()

    expect(wrapper.text()).toContain('10')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('sets the new password with the token and offers to sign in', async () => {
    const fetchMock = stubApi({ '/api/v1/session': ANONYMOUS, [RESET]: () => new Response(null, { status: 204 }) })
    const { wrapper } = await mountPage()

    await fill(wrapper, 'Xiangjiang-river-2027')
    await flushPromises()

    expect(sentBody(fetchMock, RESET)).toEqual({ password: 'Xiangjiang-river-2027' })
    expect(wrapper.get('[data-testid="reset-done"]').text()).toContain('密码已重置')
    expect(wrapper.get('a').attributes('href')).toBe('/login')
  })

  it('explains a used or expired link and offers a new one', async () => {
    stubApi({
      '/api/v1/session': ANONYMOUS,
      [RESET]: () => problem(404, '重置链接无效', { detail: '该密码重置链接不存在、已使用或已过期，请重新申请' }),
    })
    const { wrapper } = await mountPage()

    await fill(wrapper, 'Xiangjiang-river-2027')
    await settle()

    expect(wrapper.get('[data-testid="form-problem"]').text()).toContain('已使用或已过期')
    expect(wrapper.get('a').attributes('href')).toBe('/password-reset')
  })
})
