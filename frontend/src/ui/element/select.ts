import 'element-plus/es/components/select/style/css'
import 'element-plus/es/components/option/style/css'
import 'element-plus/es/components/option-group/style/css'
export { ElOption, ElOptionGroup, ElSelect } from 'element-plus/es/components/select/index.mjs'
