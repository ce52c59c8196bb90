import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { ANONYMOUS, mountWithApp, problem, stubApi } from '@/test/helpers'
import TryPage from './TryPage.vue'

describe('TryPage', () => {
  it('says when visitors from this address may match again after too many requests', async () => {
    stubApi({
      '/api/v1/session': ANONYMOUS,
      '/api/v1/match': () => problem(429, '请求过于频繁', { code: 'tooManyRequests', retryAfterSeconds: 30 }),
    })
    const { wrapper } = await mountWithApp(TryPage, {}, '/try?q=' + encodeURIComponent('锂电池回收'))
    await flushPromises()

    const retry = wrapper.get('[data-testid="try-retry"]').text()
    expect(retry).toContain('匹配请求过多')
    expect(retry, 'the wait').toContain('30 秒')
  })
})
