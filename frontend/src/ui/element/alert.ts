import 'element-plus/es/components/alert/style/css'
export { ElAlert } from 'element-plus/es/components/alert/index.mjs'
