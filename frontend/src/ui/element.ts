/*
 * The Element Plus components the portal uses, with their styles. Importing from here rather than the
 * `element-plus` barrel matters: the build puts Element Plus in its own chunk (manualChunks), and Rollup
 * keeps every module a manual chunk names, so the barrel would drag in the whole library (900 kB).
 */
import 'element-plus/es/components/button/style/css'
import 'element-plus/es/components/config-provider/style/css'
import 'element-plus/es/components/empty/style/css'
import 'element-plus/es/components/skeleton/style/css'

export { ElButton } from 'element-plus/es/components/button/index.mjs'
export { ElConfigProvider } from 'element-plus/es/components/config-provider/index.mjs'
export { ElEmpty } from 'element-plus/es/components/empty/index.mjs'
export { ElSkeleton } from 'element-plus/es/components/skeleton/index.mjs'
