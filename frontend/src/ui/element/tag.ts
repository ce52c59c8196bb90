import 'element-plus/es/components/tag/style/css'
export { ElTag } from 'element-plus/es/components/tag/index.mjs'
