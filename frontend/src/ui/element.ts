/*
 * The Element Plus components the portal uses, with their styles. Importing from here rather than the
 * `element-plus` barrel matters: the build puts Element Plus's shared core in its own chunk (manualChunks), and
 * Rollup keeps every module a manual chunk names, so the barrel would drag in the whole library (900 kB).
 *
 * The app shell's components are imported directly. Components only pages use live in `ui/element/`, one module
 * each with its styles; the build marks those modules free of side effects (vite.config.ts), so a component and
 * its CSS load with the first page that uses it, not with the home page.
 */
import 'element-plus/es/components/button/style/css'
import 'element-plus/es/components/config-provider/style/css'
import 'element-plus/es/components/empty/style/css'
import 'element-plus/es/components/skeleton/style/css'

export { ElButton } from 'element-plus/es/components/button/index.mjs'
export { ElConfigProvider } from 'element-plus/es/components/config-provider/index.mjs'
export { ElEmpty } from 'element-plus/es/components/empty/index.mjs'
export { ElSkeleton } from 'element-plus/es/components/skeleton/index.mjs'

export { ElAlert } from './element/alert'
export { ElAutocomplete } from './element/autocomplete'
export { ElBadge } from './element/badge'
export { ElCheckbox, ElCheckboxGroup } from './element/checkbox'
export { ElDatePicker } from './element/date-picker'
export { ElDialog } from './element/dialog'
export { ElDrawer } from './element/drawer'
export { ElForm, ElFormItem } from './element/form'
export { ElInput } from './element/input'
export { ElInputNumber } from './element/input-number'
export { ElMessage } from './element/message'
export { ElMessageBox } from './element/message-box'
export { ElRadio, ElRadioButton, ElRadioGroup } from './element/radio'
export { ElOption, ElOptionGroup, ElSelect } from './element/select'
export { ElStep, ElSteps } from './element/steps'
export { ElSwitch } from './element/switch'
export { ElTabPane, ElTabs } from './element/tabs'
export { ElTag } from './element/tag'
