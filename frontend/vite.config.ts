import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

const backend = 'http://localhost:8080'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // vue-i18n feature flags: composition API only, no devtools hooks in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: {
      '/api': backend,
      '/actuator': backend,
      '/v3': backend,
    },
  },
  build: {
    rollupOptions: {
      output: {
        // Element Plus changes rarely and is large: its own chunk stays cached across releases.
        manualChunks(id) {
          if (/[\\/]node_modules[\\/](element-plus|@element-plus|@floating-ui|@popperjs)[\\/]/.test(id)) {
            return 'element-plus'
          }
          if (/[\\/]node_modules[\\/](@?vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/.test(id)) {
            return 'vue'
          }
          return undefined
        },
      },
    },
  },
})
