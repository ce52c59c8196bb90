import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'

const backend = 'http://localhost:8080'

/** Page-only Element Plus components (see src/ui/element.ts): loaded, with their CSS, only where used. */
const PAGE_ELEMENTS = /[\\/]src[\\/]ui[\\/]element[\\/][^\\/]+\.ts$/

function pageElementsWithoutSideEffects(): Plugin {
  return {
    name: 'hengqiao:page-elements',
    transform(code, id) {
      return PAGE_ELEMENTS.test(id) ? { code, map: null, moduleSideEffects: false } : undefined
    },
  }
}

type ModuleInfoLookup = (id: string) => { isEntry: boolean; importers: readonly string[] } | null

/**
 * Whether the app shell needs this module before any page loads: some chain of static imports leads to it from
 * the entry without passing through a page-only element module. Those go to the cached `element-plus` chunk; the
 * rest, with their CSS, follow the pages that use them.
 */
function neededByShell(id: string, info: ModuleInfoLookup, seen = new Set<string>()): boolean {
  if (seen.has(id) || PAGE_ELEMENTS.test(id)) return false
  seen.add(id)
  const module = info(id)
  if (!module) return false
  return module.isEntry || module.importers.some((importer) => neededByShell(importer, info, seen))
}

export default defineConfig({
  plugins: [vue(), pageElementsWithoutSideEffects()],
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
        manualChunks(id, { getModuleInfo }) {
          const element = /[\\/]node_modules[\\/](element-plus|@element-plus|@floating-ui|@popperjs)[\\/]/.test(id)
          if (element && neededByShell(id, getModuleInfo)) return 'element-plus'
          if (/[\\/]node_modules[\\/](@?vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/.test(id)) {
            return 'vue'
          }
          return undefined
        },
      },
    },
  },
})
