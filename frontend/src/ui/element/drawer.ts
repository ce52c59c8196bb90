import 'element-plus/es/components/drawer/style/css'
import { ElDrawer as ElDrawerComponent } from 'element-plus/es/components/drawer/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElDrawer = ElDrawerComponent
