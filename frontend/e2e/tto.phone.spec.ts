import { expect, test } from '@playwright/test'
import { signIn } from './support'

test('the TTO workbench fits a 375 px phone', async ({ page }, testInfo) => {
  await signIn(page, 'tto@usc.hengqiao.demo', 'Hengqiao-demo-2026')
  await page.goto('/tto')
  await expect(page.getByTestId('catalogue-row').first()).toBeVisible()
  await expect(page.getByTestId('signal-views').first()).not.toHaveText('')
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY)
  expect(scrollWidth, 'page must not scroll sideways at 375 px').toBeLessThanOrEqual(375)
  await page.screenshot({ path: testInfo.outputPath('tto-phone.png'), fullPage: true })
})
