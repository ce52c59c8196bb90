import 'element-plus/es/components/checkbox/style/css'
import 'element-plus/es/components/checkbox-group/style/css'
import { ElCheckbox as ElCheckboxComponent, ElCheckboxGroup as ElCheckboxGroupComponent } from 'element-plus/es/components/checkbox/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElCheckbox = ElCheckboxComponent
export const ElCheckboxGroup = ElCheckboxGroupComponent
