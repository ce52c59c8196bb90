import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach } from 'vitest'
import { i18n } from '@/i18n'

enableAutoUnmount(afterEach)

// One i18n instance serves the whole app (the API client reads its locale), so tests start from Chinese.
afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
  localStorage.clear()
  document.cookie.split('; ').forEach((c) => {
    const name = c.split('=')[0]
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  })
})
