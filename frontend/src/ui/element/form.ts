import 'element-plus/es/components/form/style/css'
import 'element-plus/es/components/form-item/style/css'
export { ElForm, ElFormItem } from 'element-plus/es/components/form/index.mjs'
