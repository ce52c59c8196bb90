import 'element-plus/es/components/tag/style/css'
import { ElTag as ElTagComponent } from 'element-plus/es/components/tag/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElTag = ElTagComponent
