import 'element-plus/es/components/input/style/css'
import { ElInput as ElInputComponent } from 'element-plus/es/components/input/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElInput = ElInputComponent
