import type { VueWrapper } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { Region } from '@/api/types'
import { ANONYMOUS, aSession, json, mountWithApp, problem, sentBody, settle, stubApi } from '@/test/helpers'
import { ElSelect } from '@/ui/element'
import RegisterPage from './RegisterPage.vue'

const regions: Region[] = [
  { code: '430000', parentCode: null, level: 'PROVINCE', name: '湖南省' },
  { code: '430400', parentCode: '430000', level: 'PREFECTURE', name: '衡阳市' },
  { code: '430407', parentCode: '430400', level: 'COUNTY', name: '石鼓区' },
  { code: '430100', parentCode: '430000', level: 'PREFECTURE', name: '长沙市' },
]

function stubRegistration(registrations: (init: RequestInit) => Response) {
  return stubApi({
    '/api/v1/session': (init) => json(init.method === 'POST' ? aSession() : ANONYMOUS),
    '/api/v1/regions': regions,
    '/api/v1/catalogue/industries': [{ code: 'C', name: '制造业' }],
    '/api/v1/registrations': registrations,
    '/api/v1/legal/terms': { kind: 'TERMS', version: '2026-12-01', text: '# 衡桥用户协议' },
  })
}

async function mountRegister(path = '/register') {
  const mounted = await mountWithApp(RegisterPage, { attachTo: document.body }, path)
  await settle()
  return mounted
}

async function submitStep(wrapper: VueWrapper) {
  await wrapper.get('[data-testid="register-form"]').trigger('submit')
  await settle()
}

async function fillAccount(wrapper: VueWrapper) {
  await wrapper.get('#reg-email').setValue('wang@hengyang-tools.cn')
  await wrapper.get('#reg-display-name').setValue('王晓明')
  await wrapper.get('#reg-password').setValue('steel river morning 42')
  await wrapper.get('#reg-confirm-password').setValue('steel river morning 42')
  await submitStep(wrapper)
}

async function fillOrganisation(wrapper: VueWrapper) {
  await wrapper.get('#org-nameZh').setValue('衡阳精工刀具有限公司')
  await wrapper.get('#org-creditCode').setValue('91430400 ma4l1234 6w')
  const region = wrapper.findAllComponents(ElSelect).find((select) => select.props('id') === 'org-regionCode')
  region?.vm.$emit('update:modelValue', '430407')
  await submitStep(wrapper)
}

/** Ticks the consent to the terms and privacy policy on the last step, then submits. */
async function acceptAndSubmit(wrapper: VueWrapper) {
  await wrapper.get('#register-consent input[type=checkbox], input#register-consent').setValue(true)
  await submitStep(wrapper)
}

function errorOf(wrapper: VueWrapper, inputId: string): string {
  return wrapper.get(`#${inputId}`).element.closest('.el-form-item')?.querySelector('.el-form-item__error')?.textContent?.trim() ?? ''
}

describe('RegisterPage', () => {
  it('checks the account step before moving on', async () => {
    stubRegistration(() => json({}, 201))
    const { wrapper } = await mountRegister()

    await wrapper.get('#reg-email').setValue('wang@hengyang-tools.cn')
    await wrapper.get('#reg-password').setValue('wang-2026-password')
    await wrapper.get('#reg-confirm-password').setValue('something else')
    await submitStep(wrapper)

    expect(errorOf(wrapper, 'reg-display-name')).toBe('请填写姓名')
    expect(errorOf(wrapper, 'reg-password')).toBe('密码不能包含邮箱的用户名部分')
    expect(errorOf(wrapper, 'reg-confirm-password')).toBe('两次输入的密码不一致')
    expect(wrapper.find('#org-nameZh').exists(), 'still on the first step').toBe(false)
  })

  it('checks the credit code’s characters as it is typed', async () => {
    stubRegistration(() => json({}, 201))
    const { wrapper } = await mountRegister()
    await fillAccount(wrapper)

    await wrapper.get('#org-creditCode').setValue('91430400I')
    await settle()

    expect(errorOf(wrapper, 'org-creditCode')).toBe('第 9 位包含不允许的字符')
  })

  it('puts the server’s field errors back on the step and field they belong to', async () => {
    const fetchMock = stubRegistration(() =>
      problem(400, '请求数据无效', {
        errors: [{ field: 'organisation.creditCode', message: '统一社会信用代码校验位不正确，请检查是否输错' }],
      }),
    )
    const { wrapper } = await mountRegister()
    await fillAccount(wrapper)
    await fillOrganisation(wrapper)
    expect(wrapper.get('[data-testid="review"]').text()).toContain('石鼓区')

    await acceptAndSubmit(wrapper)

    expect(errorOf(wrapper, 'org-creditCode')).toBe('统一社会信用代码校验位不正确，请检查是否输错')
    expect(document.activeElement?.id, 'focus moves to the field to fix').toBe('org-creditCode')
    expect(sentBody(fetchMock, '/api/v1/registrations')).toMatchObject({
      organisation: { creditCode: '91430400MA4L12346W', regionCode: '430407', type: 'ENTERPRISE' },
    })
  })

  it('goes back to the account step when the server refuses the email', async () => {
    stubRegistration(() => problem(400, '请求数据无效', { errors: [{ field: 'email', message: '该邮箱已注册' }] }))
    const { wrapper } = await mountRegister()
    await fillAccount(wrapper)
    await fillOrganisation(wrapper)

    await acceptAndSubmit(wrapper)

    expect(errorOf(wrapper, 'reg-email')).toBe('该邮箱已注册')
  })

  it('says when this address may register again after too many registrations', async () => {
    stubRegistration(() => problem(429, '请求过于频繁', { code: 'tooManyRequests', retryAfterSeconds: 360 }))
    const { wrapper } = await mountRegister()
    await fillAccount(wrapper)
    await fillOrganisation(wrapper)

    await acceptAndSubmit(wrapper)

    const alert = wrapper.get('[data-testid="form-problem"]').text()
    expect(alert).toContain('请求过于频繁')
    expect(alert, 'the wait in minutes').toContain('约 6 分钟')
  })

  it('registers, signs in with the same credentials and opens the organisation page', async () => {
    const fetchMock = stubRegistration(() => json({ accountId: 7, organisationId: 3, membershipStatus: 'ACTIVE' }, 201))
    const { wrapper, router } = await mountRegister()
    await fillAccount(wrapper)
    await fillOrganisation(wrapper)

    await acceptAndSubmit(wrapper)

    expect(sentBody(fetchMock, '/api/v1/registrations')).toEqual({
      email: 'wang@hengyang-tools.cn',
      displayName: '王晓明',
      password: 'steel river morning 42',
      acceptedTermsVersion: '2026-12-01',
      organisation: { type: 'ENTERPRISE', nameZh: '衡阳精工刀具有限公司', creditCode: '91430400MA4L12346W', regionCode: '430407' },
    })
    expect(sentBody(fetchMock, '/api/v1/session', 1)).toEqual({ email: 'wang@hengyang-tools.cn', password: 'steel river morning 42' })
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/org'))
  })

  it('comes back to the page the visitor registered from, with the text typed on /try', async () => {
    stubRegistration(() => json({ accountId: 7, organisationId: 3, membershipStatus: 'ACTIVE' }, 201))
    const { wrapper, router } = await mountRegister('/register?redirect=%2Ftry%3Fq%3D%E9%BD%BF%E8%BD%AE%E5%99%AA%E5%A3%B0')
    await fillAccount(wrapper)
    await fillOrganisation(wrapper)

    await acceptAndSubmit(wrapper)

    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/try'))
    expect(router.currentRoute.value.query.q).toBe('齿轮噪声')
  })

  it('asks to join an existing organisation by its credit code', async () => {
    const fetchMock = stubRegistration(() => json({ accountId: 8, organisationId: 3, membershipStatus: 'PENDING' }, 201))
    const { wrapper } = await mountRegister()
    await fillAccount(wrapper)

    await wrapper.get('[data-testid="choice-join"]').setValue(true)
    await wrapper.get('#join-creditCode').setValue('91430400MA4L12346W')
    await submitStep(wrapper)
    await acceptAndSubmit(wrapper)

    expect(sentBody(fetchMock, '/api/v1/registrations')).toMatchObject({ joinCreditCode: '91430400MA4L12346W' })
    expect(sentBody(fetchMock, '/api/v1/registrations')).not.toHaveProperty('organisation')
  })

  it('asks for consent to the terms and privacy policy before sending anything', async () => {
    const fetchMock = stubRegistration(() => json({ accountId: 7, organisationId: 3, membershipStatus: 'ACTIVE' }, 201))
    const { wrapper } = await mountRegister()
    await fillAccount(wrapper)
    await fillOrganisation(wrapper)
    expect(wrapper.get('a[href="/terms"]').attributes('target'), 'the terms open beside the form').toBe('_blank')

    await submitStep(wrapper)

    expect(wrapper.get('.register__consent').text()).toContain('请阅读并同意《用户协议》和《隐私政策》后再注册')
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/registrations'))).toBe(false)
  })

  it('checks the credit code’s check character as it is typed', async () => {
    stubRegistration(() => json({}, 201))
    const { wrapper } = await mountRegister()
    await fillAccount(wrapper)

    await wrapper.get('#org-creditCode').setValue('91430400MA4L13346W')
    await settle()

    expect(errorOf(wrapper, 'org-creditCode')).toContain('校验位')
  })
})
