import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { catalogueApi } from '@/api/endpoints'
import type { FieldNode, Named } from '@/api/postingTypes'
import { i18n, type AppLocale } from '@/i18n'

/** Hengyang as a whole: the regions endpoint lists what lies within it, not the city itself. */
export const HENGYANG = '430400'

/**
 * The coded vocabularies (technical fields, industry clusters, Hengyang's regions) named in the interface
 * language, loaded once per language and shared by every page that turns codes into names.
 */
export const useCatalogueStore = defineStore('catalogue', () => {
  const fields = shallowRef<FieldNode[]>([])
  const clusters = shallowRef<Named[]>([])
  const regions = shallowRef<Named[]>([])
  const loadedFor = ref<AppLocale | null>(null)
  let pending: Promise<void> | null = null

  async function ensure(): Promise<void> {
    const locale = i18n.global.locale.value
    if (loadedFor.value === locale) return
    if (pending) return pending
    pending = Promise.all([catalogueApi.fields(), catalogueApi.clusters(), catalogueApi.hengyangRegions()])
      .then(([f, c, r]) => {
        fields.value = f
        clusters.value = c
        regions.value = r
        loadedFor.value = locale
      })
      .catch(() => undefined) // names fall back to codes; pages still work
      .finally(() => {
        pending = null
      })
    return pending
  }

  function fieldName(code: string | null | undefined): string {
    if (!code) return ''
    for (const parent of fields.value) {
      if (parent.code === code) return parent.name
      const child = parent.children.find((c) => c.code === code)
      if (child) return child.name
    }
    return code
  }

  const clusterName = (code: string) => clusters.value.find((c) => c.code === code)?.name ?? code
  const regionName = (code: string | null | undefined) =>
    code === HENGYANG ? i18n.global.t('search.hengyangAll') : (regions.value.find((r) => r.code === code)?.name ?? code ?? '')

  return { fields, clusters, regions, ensure, fieldName, clusterName, regionName }
})
