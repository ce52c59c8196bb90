import 'element-plus/es/components/alert/style/css'
import { ElAlert as ElAlertComponent } from 'element-plus/es/components/alert/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElAlert = ElAlertComponent
