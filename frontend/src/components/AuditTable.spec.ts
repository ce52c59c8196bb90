import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { AuditEntry } from '@/api/workbenchTypes'
import { i18n } from '@/i18n'
import AuditTable from './AuditTable.vue'

// A bare router: the table only renders links, and the app's routes would load their pages.
const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/:any(.*)*', component: defineComponent({ template: '<div />' }) }],
})

function mountAuditTable(props: InstanceType<typeof AuditTable>['$props']) {
  return { wrapper: mount(AuditTable, { props, global: { plugins: [i18n, router] } }) }
}

function anEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 1,
    postingId: 42,
    kind: 'RESULT',
    postingTitle: '含铊重金属废水选择性吸附深度处理技术',
    actorId: 9,
    actorName: '运营 李敏',
    action: 'REJECTED',
    fromStatus: 'SUBMITTED',
    toStatus: 'REJECTED',
    reason: '缺少联系人',
    changes: [],
    occurredAt: '2026-03-18T02:30:00Z',
    ...overrides,
  }
}

describe('AuditTable', () => {
  it('shows the localised action, the status change and the reason, linking to the posting', async () => {
    const { wrapper } = mountAuditTable({ entries: [anEntry()] })

    const row = wrapper.get('[data-testid="audit-entry"]')
    expect(row.get('[data-testid="audit-action"]').text()).toBe('退回')
    expect(row.get('[data-testid="audit-posting"]').attributes('href')).toBe('/results/42')
    expect(row.text()).toContain('含铊重金属废水选择性吸附深度处理技术')
    expect(row.text()).toContain('待审核 → 未通过审核')
    expect(row.text()).toContain('原因：缺少联系人')
    expect(row.get('time').attributes('datetime')).toBe('2026-03-18T02:30:00Z')
  })

  it('links needs to their own pages and names the changed fields of an edit', async () => {
    const edit = anEntry({
      id: 2,
      kind: 'NEED',
      postingId: 7,
      action: 'EDITED',
      fromStatus: 'DRAFT',
      toStatus: 'DRAFT',
      reason: null,
      changes: [
        { field: 'title', from: '旧', to: '新' },
        { field: 'keywords', from: [], to: ['刀具'] },
      ],
    })
    const { wrapper } = mountAuditTable({ entries: [edit] })

    expect(wrapper.get('[data-testid="audit-posting"]').attributes('href')).toBe('/needs/7')
    expect(wrapper.text(), 'field names in words, never the API’s').toContain('修改了：标题、关键词')
    expect(wrapper.text()).not.toContain('→')
  })

  it('names the platform when no person acted (expiry)', async () => {
    const expiry = anEntry({ actorId: null, actorName: 'system', action: 'EXPIRED', reason: null })
    const { wrapper } = mountAuditTable({ entries: [expiry] })

    expect(wrapper.text()).toContain('平台（自动）')
    expect(wrapper.text()).not.toContain('system')
  })

  it('names actions in English when the interface does', async () => {
    i18n.global.locale.value = 'en'
    try {
      const { wrapper } = mountAuditTable({ entries: [anEntry()] })
      expect(wrapper.get('[data-testid="audit-action"]').text()).toBe('Rejected')
      expect(wrapper.text()).toContain('Reason: 缺少联系人')
    } finally {
      i18n.global.locale.value = 'zh-CN'
    }
  })
})
