import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { ANONYMOUS, json, mountWithApp, problem, sentBody, settle, stubApi } from '@/test/helpers'
import PasswordResetRequestPage from './PasswordResetRequestPage.vue'

const RESET = '/api/v1/password-reset'

describe('PasswordResetRequestPage', () => {
  it('asks for the address before calling the server', async () => {
    const fetchMock = stubApi({ '/api/v1/session': ANONYMOUS })
    const { wrapper } = await mountWithApp(PasswordResetRequestPage, {}, '/password-reset')
    fetchMock.mockClear()

    await wrapper.get('[data-testid="reset-request-form"]').trigger('submit')
    await settle()

    expect(wrapper.text()).toContain('请输入邮箱')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('sends the address and then says only to check the mail, whatever the server knows', async () => {
    const fetchMock = stubApi({ '/api/v1/session': ANONYMOUS, [RESET]: () => new Response(null, { status: 202, headers: { 'Content-Length': '0' } }) })
    const { wrapper } = await mountWithApp(PasswordResetRequestPage, {}, '/password-reset')

    await wrapper.get('#reset-email').setValue(' wang@hengyang-tools.cn ')
    await wrapper.get('[data-testid="reset-request-form"]').trigger('submit')
    await flushPromises()

    expect(sentBody(fetchMock, RESET)).toEqual({ email: 'wang@hengyang-tools.cn' })
    expect(wrapper.get('[data-testid="reset-sent"]').text()).toContain('如果该邮箱已注册')
    expect(wrapper.find('[data-testid="reset-request-form"]').exists()).toBe(false)
  })

  it('says when to try again once this address has asked too often', async () => {
    stubApi({
      '/api/v1/session': ANONYMOUS,
      [RESET]: () => problem(429, '请求过于频繁', { code: 'tooManyRequests', retryAfterSeconds: 360 }),
    })
    const { wrapper } = await mountWithApp(PasswordResetRequestPage, {}, '/password-reset')

    await wrapper.get('#reset-email').setValue('wang@hengyang-tools.cn')
    await wrapper.get('[data-testid="reset-request-form"]').trigger('submit')
    await flushPromises()

    const alert = wrapper.get('[data-testid="form-problem"]').text()
    expect(alert).toContain('请求过于频繁')
    expect(alert, 'the wait in minutes').toContain('约 6 分钟')
    expect(wrapper.find('[data-testid="reset-sent"]').exists(), 'nothing was sent').toBe(false)
  })

  it('is reached from the sign-in page', async () => {
    stubApi({ '/api/v1/session': ANONYMOUS, [RESET]: json({}) })
    const LoginPage = (await import('./LoginPage.vue')).default
    const { wrapper } = await mountWithApp(LoginPage, {}, '/login')
    await flushPromises()

    const link = wrapper.get('[data-testid="forgot-password"]')
    expect(link.text()).toBe('忘记密码？')
    expect(link.attributes('href')).toBe('/password-reset')
  })
})
