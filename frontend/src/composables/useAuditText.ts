import { useI18n } from 'vue-i18n'
import type { AuditEntry } from '@/api/workbenchTypes'
import { useListFormat } from './useListFormat'

/**
 * An audit entry's action and details in words: the journal stores action codes, field names and, for closings and
 * expiries, a reason that starts with a code ("MATCHED: …", "deadline 2026-05-01"); none of those reaches a reader.
 */
export function useAuditText() {
  const { t, te } = useI18n()
  const join = useListFormat()

  function action(entry: AuditEntry): string {
    const key = te(`audit.action.${entry.action}`) ? `audit.action.${entry.action}` : `labels.action.${entry.action}`
    return te(key) ? t(key) : t('labels.otherField')
  }

  function reason(raw: string): string {
    const deadline = /^deadline (\d{4}-\d{2}-\d{2})$/.exec(raw)
    if (deadline) return t('labels.deadline', { date: deadline[1] })
    const outcome = /^([A-Z_]+)(?:: ([\s\S]*))?$/.exec(raw)
    if (outcome && te(`detail.outcome.${outcome[1]}`)) {
      const label = t(`detail.outcome.${outcome[1]}`)
      return outcome[2] ? t('labels.outcome', { outcome: label, reason: outcome[2] }) : label
    }
    return raw
  }

  function fields(entry: AuditEntry): string {
    const names = entry.changes.map((c) => (te(`labels.field.${c.field}`) ? t(`labels.field.${c.field}`) : t('labels.otherField')))
    return join([...new Set(names)])
  }

  return { action, reason, fields }
}
