import 'element-plus/es/components/steps/style/css'
import 'element-plus/es/components/step/style/css'
export { ElStep, ElSteps } from 'element-plus/es/components/steps/index.mjs'
