import 'element-plus/es/components/dialog/style/css'
import { ElDialog as ElDialogComponent } from 'element-plus/es/components/dialog/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElDialog = ElDialogComponent
