import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { currentPageMeta, usePageMeta, writeHead } from './usePageMeta'

describe('page meta', () => {
  it('is the shown page’s until it goes away', async () => {
    const title = ref<string>()
    const Page = defineComponent({
      setup() {
        usePageMeta(() => (title.value ? { title: title.value, description: '摘要' } : undefined))
        return () => h('div')
      },
    })
    const wrapper = mount(Page)
    expect(currentPageMeta(), 'still loading').toBeUndefined()

    title.value = '低品位锰矿高效浸出技术'
    await nextTick()
    expect(currentPageMeta()).toEqual({ title: '低品位锰矿高效浸出技术', description: '摘要' })

    wrapper.unmount()
    expect(currentPageMeta()).toBeUndefined()
  })

  it('writes the title, description and Open Graph tags into the document head', () => {
    writeHead('成果 · 衡桥', '南华大学：一种低品位锰矿浸出工艺', 'zh-CN')

    expect(document.title).toBe('成果 · 衡桥')
    expect(document.head.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      '南华大学：一种低品位锰矿浸出工艺',
    )
    expect(document.head.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('成果 · 衡桥')
    expect(document.head.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('zh_CN')
  })
})
