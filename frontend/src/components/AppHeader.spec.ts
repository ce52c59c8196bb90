import { describe, expect, it } from 'vitest'
import { i18n, LOCALE_STORAGE_KEY } from '@/i18n'
import { useLocaleStore } from '@/stores/locale'
import { mountWithApp } from '@/test/helpers'
import AppHeader from './AppHeader.vue'

describe('AppHeader', () => {
  it('shows the brand and a home link in Chinese by default', async () => {
    const { wrapper } = await mountWithApp(AppHeader)

    expect(wrapper.find('.brand__name').text()).toBe('衡桥')
    expect(wrapper.find('nav a').text()).toBe('首页')
    expect(wrapper.find('nav a').attributes('aria-current'), 'the current page is marked').toBe('page')
    expect(wrapper.get('[data-testid="locale-switch"]').text()).toBe('English')
  })

  it('switches the language, remembers it and sets the document language', async () => {
    const { wrapper } = await mountWithApp(AppHeader)
    const toggle = wrapper.get('[data-testid="locale-switch"]')

    await toggle.trigger('click')

    expect(i18n.global.locale.value).toBe('en')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(wrapper.find('.brand__name').text()).toBe('Hengqiao')
    expect(toggle.text()).toBe('中文')
    expect(useLocaleStore().elementLocale.name, 'Element Plus follows').toBe('en')

    await toggle.trigger('click')

    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN')
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(toggle.text()).toBe('English')
    expect(useLocaleStore().elementLocale.name).toBe('zh-cn')
  })
})
