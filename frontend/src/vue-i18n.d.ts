import type { MessageSchema } from '@/i18n'

// Lets editors complete t('…') keys from the Chinese messages (vue-i18n still accepts any string).
declare module 'vue-i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}
