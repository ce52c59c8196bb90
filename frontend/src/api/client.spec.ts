import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { json, sentInit, stubApi } from '@/test/helpers'
import { api, ApiError } from './client'

function sentHeaders(fetchMock: ReturnType<typeof stubApi>, call = 0): Headers {
  return new Headers(sentInit(fetchMock, call).headers)
}

describe('api client', () => {
  it('turns a problem-details 400 into an ApiError with field errors', async () => {
    stubApi({
      '/api/v1/needs': () =>
        json(
          {
            type: 'https://hengqiao.org/problems/validation',
            title: '请求参数有误',
            status: 400,
            detail: '2 个字段未通过校验',
            instance: '/api/v1/needs',
            errors: [
              { field: 'title', message: '标题不能为空' },
              { field: 'budget.maxYuan', message: '不能小于最低预算' },
              { field: 'title', message: '标题最多 80 字' },
            ],
          },
          400,
          'application/problem+json',
        ),
    })

    const error = await api.post('/api/v1/needs', { title: '' }).catch((e: unknown) => e)

    expect(error, 'a 400 must reject with ApiError').toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(400)
    expect(apiError.message).toBe('2 个字段未通过校验')
    expect(apiError.problem.type).toBe('https://hengqiao.org/problems/validation')
    expect(apiError.fieldErrors).toEqual({
      title: '标题不能为空 标题最多 80 字',
      'budget.maxYuan': '不能小于最低预算',
    })
  })

  it('sends the CSRF token from the XSRF-TOKEN cookie on POST, and not on GET', async () => {
    document.cookie = 'XSRF-TOKEN=token%2Fabc'
    const fetchMock = stubApi({ '/api/v1/interests': { id: 1 } })

    await api.post('/api/v1/interests', { postingId: 7 })
    await api.get('/api/v1/interests')

    const post = sentInit(fetchMock)
    expect(post.method).toBe('POST')
    expect(post.credentials).toBe('same-origin')
    expect(post.body).toBe('{"postingId":7}')
    expect(sentHeaders(fetchMock).get('X-XSRF-TOKEN'), 'cookie value must be URL-decoded').toBe('token/abc')
    const getHeaders = sentHeaders(fetchMock, 1)
    expect(getHeaders.has('X-XSRF-TOKEN'), 'GET must not carry the token').toBe(false)
  })

  it('fetches the session first when a POST comes before any request set the CSRF cookie', async () => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
    const fetchMock = stubApi({
      '/api/v1/session': () => {
        document.cookie = 'XSRF-TOKEN=fresh-token; path=/'
        return json({ authenticated: false, displayName: null, roles: [] })
      },
      '/api/v1/match': { matches: [] },
    })

    await api.post('/api/v1/match', { text: '废水' })

    expect(String(fetchMock.mock.calls[0]?.[0]), 'the session comes first').toContain('/api/v1/session')
    expect(sentHeaders(fetchMock, 1).get('X-XSRF-TOKEN'), 'the POST carries the new token').toBe('fresh-token')
  })

  it('asks for answers in the current interface language', async () => {
    const fetchMock = stubApi({ '/api/v1/catalogue/clusters': [] })

    await api.get('/api/v1/catalogue/clusters')
    i18n.global.locale.value = 'en'
    await api.get('/api/v1/catalogue/clusters')

    expect(sentHeaders(fetchMock).get('Accept-Language')).toBe('zh-CN')
    expect(sentHeaders(fetchMock, 1).get('Accept-Language')).toBe('en')
  })

  it('encodes query parameters and skips empty ones', async () => {
    const fetchMock = stubApi({ '/api/v1/needs': { items: [] } })

    await api.get('/api/v1/needs', { query: { q: '刀具 涂层', size: 6, cluster: undefined, region: '' } })

    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/needs?q=%E5%88%80%E5%85%B7+%E6%B6%82%E5%B1%82&size=6')
  })

  it('reports an answer that is not problem details by its status', async () => {
    stubApi({ '/api/v1/platform/stats': () => new Response('<html>Bad Gateway</html>', { status: 502 }) })

    const error = (await api.get('/api/v1/platform/stats').catch((e: unknown) => e)) as ApiError

    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(502)
    expect(error.fieldErrors).toEqual({})
  })

  it('reports a network failure as an ApiError with status 0', async () => {
    stubApi({ '/api/v1/session': () => { throw new TypeError('Failed to fetch') } })

    const error = (await api.get('/api/v1/session').catch((e: unknown) => e)) as ApiError

    expect(error).toBeInstanceOf(ApiError)
    expect(error.isNetworkError).toBe(true)
  })

  it('resolves an empty 204 answer to undefined', async () => {
    stubApi({ '/api/v1/interests/3': () => new Response(null, { status: 204 }) })

    await expect(api.delete('/api/v1/interests/3')).resolves.toBeUndefined()
  })
})
