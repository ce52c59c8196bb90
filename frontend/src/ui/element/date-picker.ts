import 'element-plus/es/components/date-picker/style/css'
import { ElDatePicker as ElDatePickerComponent } from 'element-plus/es/components/date-picker/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElDatePicker = ElDatePickerComponent
