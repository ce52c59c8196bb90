import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { ANONYMOUS, aSession, json, mountWithApp, problem, sentBody, settle, stubApi } from '@/test/helpers'
import LoginPage from './LoginPage.vue'

const SESSION = '/api/v1/session'

async function mountLogin(path = '/login') {
  const mounted = await mountWithApp(LoginPage, {}, path)
  await flushPromises()
  return mounted
}

async function signIn(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper'], password = 'correct-horse-battery') {
  await wrapper.get('#login-email').setValue(' wang@hengyang-tools.cn ')
  await wrapper.get('#login-password').setValue(password)
  await wrapper.get('[data-testid="login-form"]').trigger('submit')
  await flushPromises()
}

describe('LoginPage', () => {
  it('asks for both fields before calling the server', async () => {
    const fetchMock = stubApi({ [SESSION]: ANONYMOUS })
    const { wrapper } = await mountLogin()
    fetchMock.mockClear()

    await wrapper.get('[data-testid="login-form"]').trigger('submit')
    await settle()

    expect(wrapper.text()).toContain('请输入邮箱')
    expect(wrapper.text()).toContain('请输入密码')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('shows the server’s explanation when the credentials are refused', async () => {
    stubApi({
      [SESSION]: (init) =>
        init.method === 'POST'
          ? problem(401, '邮箱或密码不正确', { detail: '请检查邮箱和密码后重试', code: 'signInRefused' })
          : json(ANONYMOUS),
    })
    const { wrapper, router } = await mountLogin()

    await signIn(wrapper, 'wrong-password!')

    const alert = wrapper.get('[data-testid="form-problem"]')
    expect(alert.attributes('role')).toBe('alert')
    expect(alert.text()).toContain('邮箱或密码不正确')
    expect(alert.text()).toContain('请检查邮箱和密码后重试')
    expect(router.currentRoute.value.name, 'stays on the sign-in page').toBe('login')
  })

  it('says when an untrusted browser may try again after too many failed sign-ins', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-18T06:44:00Z'), toFake: ['Date'] })
    try {
      stubApi({
        [SESSION]: (init) =>
          init.method === 'POST'
            ? problem(429, '登录尝试过于频繁', {
                detail: '此处的登录失败次数过多，请在 60 秒后重试',
                code: 'signInThrottled',
                retryAfterSeconds: 60,
              })
            : json(ANONYMOUS),
      })
      const { wrapper } = await mountLogin()

      await signIn(wrapper)

      const alert = wrapper.get('[data-testid="form-problem"]').text()
      expect(alert).toContain('登录尝试过于频繁')
      expect(alert, 'the wait').toContain('60 秒')
      expect(alert, 'the time in Hengyang').toContain('14:45')
    } finally {
      vi.useRealTimers()
    }
  })

  it('signs in with the trimmed email and returns to the page that asked for it', async () => {
    const fetchMock = stubApi({
      [SESSION]: (init) => json(init.method === 'POST' ? aSession() : ANONYMOUS),
    })
    const { wrapper, router } = await mountLogin('/login?redirect=/account/password')

    await signIn(wrapper)

    expect(sentBody(fetchMock, SESSION, 1)).toEqual({ email: 'wang@hengyang-tools.cn', password: 'correct-horse-battery' })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/account/password'))
  })

  it('ignores a redirect to another site and goes to the workspace', async () => {
    stubApi({ [SESSION]: (init) => json(init.method === 'POST' ? aSession() : ANONYMOUS) })
    const { wrapper, router } = await mountLogin('/login?redirect=//evil.example/phish')

    await signIn(wrapper)

    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/workspace'))
  })
})
