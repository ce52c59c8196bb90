import { expect, test } from '@playwright/test'
import { apiCodes, leakedCodes, settle, signInAs } from './codes'

test.use({ viewport: { width: 390, height: 844 } })

for (const language of ['zh-CN', 'en'] as const) {
  test(`a broker on a phone sees names, never codes (${language})`, async ({ page, request }, testInfo) => {
    const codes = await apiCodes(request)
    await page.addInitScript((locale) => window.localStorage.setItem('hengqiao.locale', locale), language)
    await signInAs(page, 'broker@hengqiao.demo')
    await page.goto('/broker')
    await settle(page)
    await expect(page.getByTestId('broker-item').first()).toBeVisible()
    // The suggestions' explanations name clusters, fields and counties: opened, they must read as names.
    for (const toggle of await page.getByTestId('toggle-explanation').all()) await toggle.click()
    await settle(page)
    expect(await leakedCodes(page, codes), 'codes on the broker workbench').toEqual([])
    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY)
    expect(scrollWidth, 'the workbench must not scroll sideways at 390 px').toBeLessThanOrEqual(390)
    await page.screenshot({ path: testInfo.outputPath(`broker-phone-${language}.png`), fullPage: true })
  })
}
