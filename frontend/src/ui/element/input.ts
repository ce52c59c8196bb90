import 'element-plus/es/components/input/style/css'
export { ElInput } from 'element-plus/es/components/input/index.mjs'
