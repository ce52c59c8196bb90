import { useI18n } from 'vue-i18n'
import type { CriterionName } from '@/api/postingTypes'
import { useCatalogueStore } from '@/stores/catalogue'
import { useFormat } from './useFormat'
import { useListFormat } from './useListFormat'

/** Turns a criterion's stored value ("JOINT_DEVELOPMENT,TRANSFER", "1000000-3000000", "TRL 5") into words. */
export function useCriterionValue() {
  const { t, te } = useI18n()
  const { formatAmount } = useFormat()
  const catalogue = useCatalogueStore()
  const join = useListFormat()
  // Names come from the catalogue: a page showing criteria (the broker's workbench too) must not show its codes.
  void catalogue.ensure()

  function amount(raw: string): string {
    if (raw === 'NEGOTIABLE') return t('match.negotiable')
    const [min, max] = raw.split('-').map((part) => (part === '' ? null : Number(part)))
    if (min === undefined || Number.isNaN(min) || (max !== undefined && Number.isNaN(max))) return raw
    return formatAmount({ negotiable: false, minYuan: min, maxYuan: max ?? min })
  }

  function maturity(raw: string): string {
    return te(`search.stage.${raw}`) ? t(`search.stage.${raw}`) : raw
  }

  return function criterionValue(name: CriterionName, raw: string | null): string {
    if (raw === null || raw === '') return t('match.notStated')
    const parts = raw.split(',')
    switch (name) {
      case 'COOPERATION_MODE':
        return join(parts.map((p) => t(`posting.cooperationMode.${p}`)))
      case 'INDUSTRY_CLUSTER':
        return join(parts.map((p) => catalogue.clusterName(p)))
      case 'TECHNICAL_FIELD':
        return join(parts.map((p) => catalogue.fieldName(p)))
      case 'REGION':
        return join(parts.map((p) => catalogue.regionName(p)))
      case 'PRICE_BUDGET':
        return amount(raw)
      case 'MATURITY':
        return maturity(raw)
      default:
        return raw
    }
  }
}
