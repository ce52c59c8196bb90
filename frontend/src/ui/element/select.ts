import 'element-plus/es/components/select/style/css'
import 'element-plus/es/components/option/style/css'
import 'element-plus/es/components/option-group/style/css'
import { ElOption as ElOptionComponent, ElOptionGroup as ElOptionGroupComponent, ElSelect as ElSelectComponent } from 'element-plus/es/components/select/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElOption = ElOptionComponent
export const ElOptionGroup = ElOptionGroupComponent
export const ElSelect = ElSelectComponent
