import 'element-plus/es/components/message/style/css'
import { ElMessage as ElMessageComponent } from 'element-plus/es/components/message/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElMessage = ElMessageComponent
