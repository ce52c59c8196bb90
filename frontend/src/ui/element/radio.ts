import 'element-plus/es/components/radio/style/css'
import 'element-plus/es/components/radio-button/style/css'
import 'element-plus/es/components/radio-group/style/css'
import { ElRadio as ElRadioComponent, ElRadioButton as ElRadioButtonComponent, ElRadioGroup as ElRadioGroupComponent } from 'element-plus/es/components/radio/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElRadio = ElRadioComponent
export const ElRadioButton = ElRadioButtonComponent
export const ElRadioGroup = ElRadioGroupComponent
