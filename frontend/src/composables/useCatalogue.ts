import { computed, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { catalogueApi } from '@/api/endpoints'
import type { Region } from '@/api/types'
import { useAsyncData } from './useAsyncData'

export const HENGYANG = '430400'
const HUNAN = '430000'

export interface RegionGroup {
  key: 'hengyang' | 'hunan'
  regions: Region[]
}

/** Regions and industry sections for forms and lists, named in the interface language. */
export function useCatalogue() {
  const { locale } = useI18n()
  const regions = useAsyncData(catalogueApi.allRegions)
  const industries = useAsyncData(catalogueApi.industries)

  watch(locale, () => {
    void regions.reload()
    void industries.reload()
  })

  /** Hengyang itself with its districts and counties first, then Hunan's other cities and prefectures. */
  const regionGroups = computed<RegionGroup[]>(() => {
    const all = regions.data ?? []
    const hengyang = all.filter((r) => r.code === HENGYANG || r.parentCode === HENGYANG)
    const hunan = all.filter((r) => r.parentCode === HUNAN && r.code !== HENGYANG)
    return [
      { key: 'hengyang', regions: hengyang },
      { key: 'hunan', regions: hunan },
    ]
  })

  function regionName(code: string): string {
    return regions.data?.find((r) => r.code === code)?.name ?? code
  }

  function industryName(code: string): string {
    return industries.data?.find((i) => i.code === code)?.name ?? code
  }

  return { regions, industries, regionGroups, regionName, industryName }
}
