import { useI18n } from 'vue-i18n'
import { useCatalogueStore } from '@/stores/catalogue'
import { MULTI_FILTERS, SINGLE_FILTERS, type FilterName, type SearchState } from './useSearchState'

export interface FilterChip {
  name: FilterName
  /** For multi-valued filters, the one value this chip removes. */
  value?: string
  label: string
}

/** Human-readable chips for the active filters ("产业集群：有色金属"). */
export function useFilterLabels() {
  const { t } = useI18n()
  const catalogue = useCatalogueStore()

  function valueLabel(name: FilterName, value: string): string {
    switch (name) {
      case 'cluster':
        return catalogue.clusterName(value)
      case 'mode':
        return t(`posting.cooperationMode.${value}`)
      case 'stage':
        return t(`search.stage.${value}`)
      case 'organisationType':
        return t(`posting.organisationType.${value}`)
      case 'field':
        return catalogue.fieldName(value)
      case 'region':
        return catalogue.regionName(value)
      case 'minYuan':
      case 'maxYuan':
        return t('money.tenThousand', { amount: Number(value) / 10_000 })
      default:
        return value
    }
  }

  function chips(state: SearchState): FilterChip[] {
    const list: FilterChip[] = []
    for (const name of MULTI_FILTERS) {
      for (const value of state[name]) list.push({ name, value, label: `${t(`search.filterName.${name}`)}：${valueLabel(name, value)}` })
    }
    for (const name of SINGLE_FILTERS) {
      if (state[name]) list.push({ name, label: `${t(`search.filterName.${name}`)}：${valueLabel(name, state[name])}` })
    }
    return list
  }

  function filterName(name: string): string {
    return t(`search.filterName.${name}`)
  }

  return { chips, filterName }
}
