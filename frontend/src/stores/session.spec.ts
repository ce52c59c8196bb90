import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { ANONYMOUS, aSession, json, problem, sentBody, stubApi } from '@/test/helpers'
import { useSessionStore } from './session'

const SESSION = '/api/v1/session'

describe('session store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('loads the session once, however many callers wait for it', async () => {
    const fetchMock = stubApi({ [SESSION]: aSession() })
    const session = useSessionStore()

    expect(session.loaded).toBe(false)
    await Promise.all([session.ready(), session.ready()])

    expect(fetchMock, 'one request for both callers').toHaveBeenCalledTimes(1)
    expect(session.loaded).toBe(true)
    expect(session.authenticated).toBe(true)
    expect(session.isOrgAdmin).toBe(true)
    expect(session.isOperator).toBe(false)
    expect(session.organisationId).toBe(3)
  })

  it('treats an unreachable server as an anonymous visit', async () => {
    stubApi({ [SESSION]: () => problem(500, 'Internal Server Error') })
    const session = useSessionStore()

    await session.ready()

    expect(session.loaded).toBe(true)
    expect(session.authenticated).toBe(false)
  })

  it('signs in with the CSRF token and takes the answer as the new session', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/'
    const fetchMock = stubApi({
      [SESSION]: (init) => json(init.method === 'POST' ? aSession({ roles: ['OPERATOR'] }) : ANONYMOUS),
    })
    const session = useSessionStore()
    await session.ready()

    await session.signIn('operator@hengqiao.demo', 'Hengqiao-demo-2026')

    expect(sentBody(fetchMock, SESSION, 1)).toEqual({ email: 'operator@hengqiao.demo', password: 'Hengqiao-demo-2026' })
    expect(new Headers(fetchMock.mock.calls[1]?.[1]?.headers).get('X-XSRF-TOKEN')).toBe('token-1')
    expect(session.isOperator).toBe(true)
  })

  it('passes a refused sign-in on to the form and stays anonymous', async () => {
    stubApi({
      [SESSION]: (init) => (init.method === 'POST' ? problem(401, '邮箱或密码不正确') : json(ANONYMOUS)),
    })
    const session = useSessionStore()

    await expect(session.signIn('a@b.cn', 'wrong-password')).rejects.toMatchObject({ status: 401 })
    expect(session.authenticated).toBe(false)
  })

  it('signs out and fetches a fresh anonymous session for the next CSRF token', async () => {
    let signedIn = true
    const fetchMock = stubApi({
      [SESSION]: (init) => {
        if (init.method === 'DELETE') {
          signedIn = false
          return new Response(null, { status: 204 })
        }
        return json(signedIn ? aSession() : ANONYMOUS)
      },
    })
    const session = useSessionStore()
    await session.ready()

    await session.signOut()

    expect(fetchMock.mock.calls.map(([, init]) => init?.method)).toEqual(['GET', 'DELETE', 'GET'])
    expect(session.authenticated).toBe(false)
    expect(session.displayName).toBe('')
  })
})
