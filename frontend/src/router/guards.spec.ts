import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { ANONYMOUS, aSession, createTestRouter, stubApi } from '@/test/helpers'

async function navigate(path: string) {
  const router = createTestRouter()
  await router.push(path)
  return router.currentRoute.value
}

describe('route guards', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('sends anonymous visitors of a private page to sign in, remembering where they were going', async () => {
    stubApi({ '/api/v1/session': ANONYMOUS })

    const route = await navigate('/account/password')

    expect(route.name).toBe('login')
    expect(route.query.redirect).toBe('/account/password')
  })

  it('lets public pages through without asking for the session', async () => {
    const fetchMock = stubApi({})

    expect((await navigate('/')).name).toBe('home')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('shows the 403 page to a signed-in person without the role', async () => {
    stubApi({ '/api/v1/session': aSession() })

    const route = await navigate('/admin/verifications')

    expect(route.name).toBe('forbidden')
    expect(route.query.from).toBe('/admin/verifications')
  })

  it('opens the operator console on its verification tab for operators', async () => {
    stubApi({ '/api/v1/session': aSession({ roles: ['OPERATOR'], organisationId: null }) })

    const route = await navigate('/admin')

    expect(route.name).toBe('admin-verifications')
    expect(route.fullPath).toBe('/admin/verifications')
  })

  it('sends someone already signed in from the sign-in page to their home', async () => {
    stubApi({ '/api/v1/session': aSession() })

    expect((await navigate('/login')).name).toBe('workspace')
  })

  it('sends a signed-in broker from the registration page to the broker workbench', async () => {
    stubApi({ '/api/v1/session': aSession({ roles: ['MEMBER', 'BROKER'], organisationType: 'SERVICE_AGENCY' }) })

    expect((await navigate('/register')).name).toBe('broker')
  })
})
