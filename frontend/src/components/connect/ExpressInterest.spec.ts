import { describe, expect, it } from 'vitest'
import { ANONYMOUS, aSession, mountWithApp, settle, stubApi } from '@/test/helpers'
import ExpressInterest from './ExpressInterest.vue'

async function mountFor(session: object, ownerOrganisationId = 5) {
  stubApi({ '/api/v1/session': session })
  const { wrapper } = await mountWithApp(
    ExpressInterest,
    { props: { postingId: 9, postingTitle: '高熵合金粉末制备技术', ownerOrganisationId } },
    '/results/9',
  )
  await settle()
  return wrapper
}

describe('ExpressInterest', () => {
  it('offers the button to members of verified organisations that do not own the posting', async () => {
    const wrapper = await mountFor(aSession({ organisationVerified: true }))

    expect(wrapper.find('[data-testid="express-interest-button"]').text()).toBe('表达合作意向')
  })

  it('asks anonymous visitors to sign in, coming back to the posting', async () => {
    const wrapper = await mountFor(ANONYMOUS)

    expect(wrapper.find('[data-testid="express-interest-button"]').exists()).toBe(false)
    expect(wrapper.get('a').attributes('href')).toBe('/login?redirect=/results/9')
  })

  it('tells members of unverified organisations to get verified first', async () => {
    const wrapper = await mountFor(aSession({ organisationVerified: false }))

    expect(wrapper.find('[data-testid="express-interest-button"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('机构通过认证后才能表达合作意向')
  })

  it('shows nothing to the owner’s own members', async () => {
    const wrapper = await mountFor(aSession({ organisationVerified: true, organisationId: 5 }))

    expect(wrapper.find('[data-testid="express-interest"]').exists()).toBe(false)
  })

  it('shows nothing to people who act for no organisation, such as brokers', async () => {
    const wrapper = await mountFor(aSession({ roles: ['BROKER'], organisationId: null, organisationName: null }))

    expect(wrapper.find('[data-testid="express-interest"]').exists()).toBe(false)
  })
})
