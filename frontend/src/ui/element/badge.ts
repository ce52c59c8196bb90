import 'element-plus/es/components/badge/style/css'
import { ElBadge as ElBadgeComponent } from 'element-plus/es/components/badge/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElBadge = ElBadgeComponent
