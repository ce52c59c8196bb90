import { describe, expect, it } from 'vitest'
import type { OrganisationType } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { aPage, aPosting, aSession, ANONYMOUS, mountWithApp, settle, stubApi } from '@/test/helpers'
import TtoPage from './TtoPage.vue'

function stubOrganisation(type: OrganisationType) {
  return stubApi({
    '/api/v1/session': aSession({ organisationId: 3, organisationVerified: true }),
    '/api/v1/organisations/3': { id: 3, type, name: '南华大学', nameZh: '南华大学', verified: true },
    '/api/v1/results': aPage([{ ...aPosting('RESULT', 11), status: 'DRAFT' }]),
    '/api/v1/results/demand': [{ resultId: 11, views: 0, matchingNeeds: null, interestReceived: 0 }],
  })
}

async function mountPage() {
  // A light route to start from: the page itself is mounted directly.
  const { wrapper } = await mountWithApp(TtoPage, {}, '/forbidden')
  await useSessionStore().refresh()
  await settle()
  return wrapper
}

describe('TtoPage', () => {
  it('shows a university its catalogue and the import', async () => {
    stubOrganisation('UNIVERSITY')
    const wrapper = await mountPage()

    expect(wrapper.find('[data-testid="catalogue-row"]').text()).toContain('高熵合金粉末制备技术 11')
    expect(wrapper.find('[data-testid="import-file"]').exists()).toBe(true)
  })

  it('explains to an enterprise what the workbench is for instead of failing', async () => {
    stubOrganisation('ENTERPRISE')
    const wrapper = await mountPage()

    expect(wrapper.get('[data-testid="tto-not-tto"]').text()).toContain('发布技术需求')
    expect(wrapper.find('[data-testid="import-file"]').exists()).toBe(false)
  })

  it('explains to someone without an organisation how to get one', async () => {
    stubApi({ '/api/v1/session': { ...ANONYMOUS, authenticated: true, accountId: 5, roles: ['MEMBER'] } })
    const wrapper = await mountPage()

    expect(wrapper.get('[data-testid="tto-not-member"]').text()).toContain('前往我的机构')
  })
})
