import 'element-plus/es/components/switch/style/css'
import { ElSwitch as ElSwitchComponent } from 'element-plus/es/components/switch/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElSwitch = ElSwitchComponent
