import { describe, expect, it } from 'vitest'
import { mountWithApp, settle, stubApi } from '@/test/helpers'
import AppFooter from './AppFooter.vue'

describe('AppFooter', () => {
  it('shows the configured service hotline and mailbox as links', async () => {
    stubApi({ '/api/v1/platform/contact': { hotline: '0734-8123456', email: 'service@hengqiao.cn' } })
    const { wrapper } = await mountWithApp(AppFooter, {}, '/try')
    await settle()

    const contact = wrapper.get('[data-testid="service-contact"]')
    expect(contact.text()).toContain('服务热线： 0734-8123456')
    expect(contact.get('a[href="tel:07348123456"]').text()).toBe('0734-8123456')
    expect(contact.get('a[href="mailto:service@hengqiao.cn"]').text()).toBe('service@hengqiao.cn')
  })

  it('leaves out what is not configured', async () => {
    stubApi({ '/api/v1/platform/contact': { hotline: null, email: 'service@hengqiao.cn' } })
    const { wrapper } = await mountWithApp(AppFooter, {}, '/try')
    await settle()

    expect(wrapper.get('[data-testid="service-contact"]').text()).not.toContain('服务热线')
  })
})
