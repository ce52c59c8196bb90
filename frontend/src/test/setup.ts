import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, beforeEach } from 'vitest'
import { i18n } from '@/i18n'
import en from '@/locales/en'

enableAutoUnmount(afterEach)

// The portal fetches the English messages on demand; tests switch languages synchronously, so they are loaded here.
i18n.global.setLocaleMessage('en', en)

// In the browser the portal's first GET /api/v1/session sets the CSRF cookie before any POST; tests start there.
// A test of the cookie-less first POST clears it.
beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=test-token; path=/'
})

// One i18n instance serves the whole app (the API client reads its locale), so tests start from Chinese.
afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
  localStorage.clear()
  document.cookie.split('; ').forEach((c) => {
    const name = c.split('=')[0]
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  })
})
