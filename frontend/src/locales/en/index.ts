import { assemble } from '../assemble'
import type { MessageSchema } from '@/i18n'

/** The English messages, one chunk fetched only by those who choose English (see ensureMessages). */
const en = assemble<MessageSchema>(import.meta.glob('./*.json', { eager: true, import: 'default' }))
export default en
