import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { useSessionStore } from '@/stores/session'
import { aSession, json, mountWithApp, problem, sentBody, settle, stubApi } from '@/test/helpers'
import SubscriptionForm from './SubscriptionForm.vue'

const SUBSCRIPTIONS = '/api/v1/subscriptions'

const catalogue = {
  '/api/v1/catalogue/fields': [{ code: 'MAT', name: '新材料技术', children: [{ code: 'MAT.NONFERROUS', name: '有色金属材料', children: [] }] }],
  '/api/v1/catalogue/clusters': [{ code: 'NONFERROUS_METALS', name: '有色金属' }],
  '/api/v1/regions': [],
}

async function mountForm(organisationId: number | null = 3) {
  const mounted = await mountWithApp(SubscriptionForm)
  useSessionStore().$patch({ session: aSession({ organisationId }) })
  await flushPromises()
  return mounted
}

describe('SubscriptionForm', () => {
  it('asks for the field before calling the server', async () => {
    const fetchMock = stubApi(catalogue)
    const { wrapper } = await mountForm()

    await wrapper.get('[data-testid="subscription-form"]').trigger('submit')
    await settle()

    expect(wrapper.text()).toContain('请选择技术领域')
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes(SUBSCRIPTIONS))).toBe(false)
  })

  it('saves a search subscription with its words and reports it to the page', async () => {
    const created = { id: 9, type: 'SEARCH', fieldCode: null, cluster: null, query: '钒电池', filters: null, createdAt: '2026-03-18T02:00:00Z' }
    const fetchMock = stubApi({ ...catalogue, [SUBSCRIPTIONS]: () => json(created, 201) })
    const { wrapper } = await mountForm()

    await wrapper.get('[data-testid="type-SEARCH"] input').setValue(true)
    await wrapper.get('#subscription-query').setValue(' 钒电池 ')
    await wrapper.get('[data-testid="subscription-form"]').trigger('submit')
    await flushPromises()

    expect(sentBody(fetchMock, SUBSCRIPTIONS)).toEqual({ type: 'SEARCH', query: '钒电池' })
    expect(wrapper.emitted('created')?.[0]).toEqual([created])
  })

  it('offers matches for the own postings only to members of an organisation', async () => {
    stubApi(catalogue)
    const member = await mountForm(3)
    expect(member.wrapper.find('[data-testid="type-MY_POSTINGS"]').exists()).toBe(true)

    const unaffiliated = await mountForm(null)
    expect(unaffiliated.wrapper.find('[data-testid="type-MY_POSTINGS"]').exists()).toBe(false)
  })

  it('shows the server’s refusal beside the field it names', async () => {
    stubApi({
      ...catalogue,
      [SUBSCRIPTIONS]: () => problem(400, '输入有误', { errors: [{ field: 'query', message: '保存的搜索至少需要关键词或一个筛选条件' }] }),
    })
    const { wrapper } = await mountForm()

    await wrapper.get('[data-testid="type-SEARCH"] input').setValue(true)
    await wrapper.get('#subscription-query').setValue('x')
    await wrapper.get('[data-testid="subscription-form"]').trigger('submit')
    await settle()

    expect(wrapper.text()).toContain('保存的搜索至少需要关键词或一个筛选条件')
    expect(wrapper.emitted('created')).toBeUndefined()
  })
})
