import 'element-plus/es/components/message-box/style/css'
import { ElMessageBox as ElMessageBoxComponent } from 'element-plus/es/components/message-box/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElMessageBox = ElMessageBoxComponent
