import 'element-plus/es/components/form/style/css'
import 'element-plus/es/components/form-item/style/css'
import { ElForm as ElFormComponent, ElFormItem as ElFormItemComponent } from 'element-plus/es/components/form/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElForm = ElFormComponent
export const ElFormItem = ElFormItemComponent
