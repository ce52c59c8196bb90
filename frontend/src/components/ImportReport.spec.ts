import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { ImportValidation } from '@/api/workbenchTypes'
import { i18n } from '@/i18n'
import ImportReport from './ImportReport.vue'

// A bare router: the table only renders links, and the app's routes would load their pages.
const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/:any(.*)*', component: defineComponent({ template: '<div />' }) }],
})

function mountImportReport(props: InstanceType<typeof ImportReport>['$props']) {
  return { wrapper: mount(ImportReport, { props, global: { plugins: [i18n, router] } }) }
}

function aValidation(overrides: Partial<ImportValidation> = {}): ImportValidation {
  return {
    importId: '6f1c2d9e-0000-4000-8000-000000000001',
    totalRows: 3,
    validRows: 2,
    errorCount: 2,
    errors: [
      { row: 4, column: '成果名称', message: '不能为空' },
      { row: 4, column: '技术领域', message: '未知的技术领域 XYZ' },
    ],
    ...overrides,
  }
}

describe('ImportReport', () => {
  it('lists each problem with its row number, column and message', async () => {
    const { wrapper } = mountImportReport({ validation: aValidation() })

    expect(wrapper.get('[data-testid="import-summary"]').text()).toBe('共 3 行：2 行有效，1 行有问题。')
    const rows = wrapper.findAll('[data-testid="import-error"]').map((row) => row.findAll('td').map((td) => td.text()))
    expect(rows).toEqual([
      ['4', '成果名称', '不能为空'],
      ['4', '技术领域', '未知的技术领域 XYZ'],
    ])
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['行号', '列', '问题'])
  })

  it('labels every cell with its column so the rows read as cards on a phone', async () => {
    const { wrapper } = mountImportReport({ validation: aValidation() })

    const labels = wrapper.get('[data-testid="import-error"]').findAll('td').map((td) => td.attributes('data-label'))
    expect(labels).toEqual(['行号', '列', '问题'])
  })

  it('says so when only the first problems are listed', async () => {
    const validation = aValidation({ totalRows: 5000, validRows: 10, errorCount: 4990 })
    const { wrapper } = mountImportReport({ validation })

    expect(wrapper.text()).toContain('仅列出前 2 个问题（共 4,990 个）')
  })

  it('reports a clean file without a table', async () => {
    const validation = aValidation({ validRows: 3, errorCount: 0, errors: [] })
    const { wrapper } = mountImportReport({ validation })

    expect(wrapper.find('[data-testid="import-clean"]').exists()).toBe(true)
    expect(wrapper.find('table').exists()).toBe(false)
  })

  it('speaks English when the interface does', async () => {
    i18n.global.locale.value = 'en'
    try {
      const { wrapper } = mountImportReport({ validation: aValidation() })
      expect(wrapper.get('[data-testid="import-summary"]').text()).toBe('3 rows: 2 valid, 1 with problems.')
      expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['Row', 'Column', 'Problem'])
    } finally {
      i18n.global.locale.value = 'zh-CN'
    }
  })
})
