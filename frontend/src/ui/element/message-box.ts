import 'element-plus/es/components/message-box/style/css'
export { ElMessageBox } from 'element-plus/es/components/message-box/index.mjs'
