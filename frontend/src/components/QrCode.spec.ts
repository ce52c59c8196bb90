import { mount } from '@vue/test-utils'
import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import QrCode from './QrCode.vue'

describe('QrCode', () => {
  it('draws every dark module of the link’s code, labelled for screen readers', () => {
    const url = 'https://hengqiao.example.cn/results/42'
    const wrapper = mount(QrCode, { props: { value: url, label: '成果页面的二维码' } })
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
    const dark = Array.from(modules.data).filter(Boolean).length

    const svg = wrapper.get('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toBe('成果页面的二维码')
    expect(svg.attributes('viewBox')).toBe(`0 0 ${modules.size + 4} ${modules.size + 4}`)
    expect(wrapper.get('path').attributes('d')?.match(/M/g)).toHaveLength(dark)
  })
})
