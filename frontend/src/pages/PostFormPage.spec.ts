import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { formFieldOf } from '@/composables/usePostForm'
import { json, mountWithApp, stubApi } from '@/test/helpers'
import PostFormPage from './PostFormPage.vue'

const session = { authenticated: true, displayName: '王工', roles: ['ORG_ADMIN'], organisationId: 3, organisationVerified: true }
const problem = (errors: { field: string; message: string }[]) => () =>
  json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Invalid draft', errors }, 400, 'application/problem+json')

type Reply = Parameters<typeof stubApi>[0][string]

function stub(needs: Reply, sessionReply: Reply = session) {
  return stubApi({
    '/api/v1/session': sessionReply,
    '/api/v1/catalogue/fields': [],
    '/api/v1/catalogue/clusters': [],
    '/api/v1/regions': [],
    '/api/v1/needs': needs,
  })
}

/** The text of the form item (label, field and error message) around an input. */
function itemText(wrapper: VueWrapper, selector: string): string {
  return wrapper.get(selector).element.closest('.el-form-item')?.textContent ?? ''
}

async function mountForm() {
  const { wrapper, router } = await mountWithApp(PostFormPage, { props: { kind: 'NEED' } })
  await flushPromises()
  return { wrapper, router }
}

describe('PostFormPage', () => {
  it('maps the server’s field paths to the form’s fields', () => {
    expect(formFieldOf('description')).toBe('text')
    expect(formFieldOf('budget.maxYuan')).toBe('maxWan')
    expect(formFieldOf('contact.phone')).toBe('contactPhone')
    expect(formFieldOf('patents[0].number')).toBe('patents')
    expect(formFieldOf('maturityAsked.trl')).toBe('trl')
  })

  it('shows server validation errors on their fields and opens the step that has them', async () => {
    const fetchMock = stub(problem([{ field: 'contact.phone', message: '电话号码格式不正确' }]))
    const { wrapper } = await mountForm()

    await wrapper.get('#pf-title').setValue('硬质合金刀具涂层寿命提升')
    await wrapper.get('[data-testid="save-draft"]').trigger('click')
    await flushPromises()

    const post = fetchMock.mock.calls.find(([url, init]) => String(url) === '/api/v1/needs' && init?.method === 'POST')
    expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({ title: '硬质合金刀具涂层寿命提升', version: null })
    expect(wrapper.get('[data-testid="step-title"]').text()).toContain('第 4 步')
    // Element debounces showing a field's error by 100 ms.
    await vi.waitFor(() => expect(itemText(wrapper, '#pf-contact-phone')).toContain('电话号码格式不正确'))
    expect(wrapper.get('[role="alert"]').text()).toContain('请修正标出的问题')
  })

  it('goes to the earliest step with an error and keeps unplaced messages visible', async () => {
    stub(problem([
      { field: 'contact.email', message: '邮箱格式不正确' },
      { field: 'description', message: '不能为空' },
      { field: 'somethingElse', message: '机构尚未认证' },
    ]))
    const { wrapper } = await mountForm()

    await wrapper.get('[data-testid="save-draft"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-testid="step-title"]').text()).toContain('第 1 步')
    await vi.waitFor(() => expect(itemText(wrapper, '#pf-text')).toContain('不能为空'))
    expect(wrapper.get('[role="alert"]').text()).toContain('机构尚未认证')
  })

  it('checks a step inline before moving on', async () => {
    stub({})
    const { wrapper } = await mountForm()

    await wrapper.get('[data-testid="next-step"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-testid="step-title"]').text()).toContain('第 1 步')
    await vi.waitFor(() => expect(itemText(wrapper, '#pf-title')).toContain('请填写标题'))
  })

  it('sends visitors who are not signed in to the sign-in page', async () => {
    stub({}, { authenticated: false, displayName: null, roles: [] })
    const { router } = await mountForm()
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/login'))
    expect(router.currentRoute.value.query.redirect).toBe('/')
  })

  it('saves the confidential details through their own endpoint, and only when they changed', async () => {
    let posts = 0
    const fetchMock = stubApi({
      '/api/v1/session': session,
      '/api/v1/catalogue/fields': [],
      '/api/v1/catalogue/clusters': [],
      '/api/v1/regions': [],
      // The first save is refused (which opens the contact step); later ones succeed.
      '/api/v1/needs': () =>
        ++posts === 1 ? problem([{ field: 'contact.phone', message: '电话号码格式不正确' }])() : json({ id: 21, version: 1 }, 201),
      '/api/v1/needs/21': () => json({ id: 21, version: 2 }),
      '/api/v1/needs/21/confidential-details': () => json({ text: '配方细节' }),
    })
    const { wrapper } = await mountForm()
    await wrapper.get('[data-testid="save-draft"]').trigger('click')
    await flushPromises()

    await wrapper.get('#pf-confidential').setValue('  配方细节 ')
    await wrapper.get('[data-testid="save-draft"]').trigger('click')
    await flushPromises()
    await wrapper.get('[data-testid="save-draft"]').trigger('click')
    await flushPromises()

    const puts = fetchMock.mock.calls.filter(([url]) => String(url) === '/api/v1/needs/21/confidential-details')
    expect(puts, 'written once, not again when unchanged').toHaveLength(1)
    expect(JSON.parse(String(puts[0]?.[1]?.body))).toEqual({ text: '配方细节' })
  })
})
