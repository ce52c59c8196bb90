import 'element-plus/es/components/dialog/style/css'
export { ElDialog } from 'element-plus/es/components/dialog/index.mjs'
