import { assemble } from '../assemble'

/** The Chinese messages: the reference every other locale must match key for key. */
const zhCN = assemble<Record<string, Record<string, unknown>>>(
  import.meta.glob('./*.json', { eager: true, import: 'default' }),
)
export default zhCN
