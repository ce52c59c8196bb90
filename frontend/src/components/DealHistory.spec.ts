import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { Contract, StageChangeEntry } from '@/api/dealTypes'
import { ensureMessages, i18n } from '@/i18n'
import DealHistory from './DealHistory.vue'

const contract: Contract = {
  valueYuan: 480000,
  cooperationMode: 'LICENCE',
  signedOn: '2026-11-20',
  title: '中药饮片近红外快速检测模型技术许可合同',
  type: 'LICENSING',
  parties: [
    { role: 'CLIENT', name: '衡阳南岳本草制药有限公司' },
    { role: 'CONTRACTOR', name: '南华大学' },
  ],
}

function entry(id: number, from: StageChangeEntry['from'], to: StageChangeEntry['to'], details: string | null): StageChangeEntry {
  return { id, actorAccountId: 7, actorName: '王晓明', from, to, action: null, details, occurredAt: '2026-11-20T02:00:00Z' }
}

const entries = [
  entry(1, 'NDA_SIGNED', 'NEGOTIATING', '双方约定下周面谈'),
  entry(2, 'NEGOTIATING', 'CONTRACT_SIGNED',
    '中药饮片近红外快速检测模型技术许可合同 (LICENSING, LICENCE) 480000 CNY, CLIENT 衡阳南岳本草制药有限公司; CONTRACTOR 南华大学, signed 2026-11-20'),
]

function details(): string[] {
  const wrapper = mount(DealHistory, { props: { entries, contract }, global: { plugins: [i18n] } })
  return wrapper.findAll('[data-testid="deal-history-details"]').map((node) => node.text())
}

describe('DealHistory', () => {
  it('names the contract type and cooperation mode of the signing in Chinese, not by their codes', () => {
    const [note, signing] = details()

    expect(note).toBe('双方约定下周面谈')
    expect(signing).toContain('技术许可')
    expect(signing).toContain('许可使用')
    expect(signing).toContain('委托方（受让方） 衡阳南岳本草制药有限公司；受托方（让与方） 南华大学')
    expect(signing).not.toMatch(/LICENSING|LICENCE|CLIENT/)
  })

  it('names them in English for English readers', async () => {
    await ensureMessages('en')
    i18n.global.locale.value = 'en'
    try {
      const [, signing] = details()

      expect(signing).toContain('Technology licensing')
      expect(signing).toContain('Client (transferee) 衡阳南岳本草制药有限公司; Contractor (transferor) 南华大学')
      expect(signing).not.toMatch(/LICENSING|LICENCE|CLIENT/)
    } finally {
      i18n.global.locale.value = 'zh-CN'
    }
  })
})
