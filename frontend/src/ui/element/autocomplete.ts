import 'element-plus/es/components/autocomplete/style/css'
import { ElAutocomplete as ElAutocompleteComponent } from 'element-plus/es/components/autocomplete/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElAutocomplete = ElAutocompleteComponent
