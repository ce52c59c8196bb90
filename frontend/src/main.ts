import { createPinia } from 'pinia'
import { createApp } from 'vue'
import 'element-plus/theme-chalk/base.css'
import App from '@/App.vue'
import { ensureMessages, i18n } from '@/i18n'
import { router } from '@/router'
import { applyDocumentLocale } from '@/stores/locale'
import { useSessionStore } from '@/stores/session'
import '@/styles/main.css'
import '@/styles/print.css'

applyDocumentLocale(i18n.global.locale.value)
await ensureMessages(i18n.global.locale.value)

const pinia = createPinia()
const app = createApp(App).use(pinia).use(i18n)
// Ask who is signed in straight away: the header needs it, and the answer sets the CSRF cookie.
void useSessionStore(pinia).ready()
app.use(router).mount('#app')
