import 'element-plus/es/components/steps/style/css'
import 'element-plus/es/components/step/style/css'
import { ElStep as ElStepComponent, ElSteps as ElStepsComponent } from 'element-plus/es/components/steps/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElStep = ElStepComponent
export const ElSteps = ElStepsComponent
