import 'element-plus/es/components/input-number/style/css'
import { ElInputNumber as ElInputNumberComponent } from 'element-plus/es/components/input-number/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElInputNumber = ElInputNumberComponent
