import { expect, test } from '@playwright/test'

test('home fits a 375 px phone without horizontal scrolling', async ({ page }, testInfo) => {
  await page.goto('/')

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByTestId('newest-needs').getByTestId('posting-card').first()).toBeVisible()
  await expect(page.getByTestId('newest-results').getByTestId('posting-card').first()).toBeVisible()

  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY)
  expect(scrollWidth, 'page must not scroll sideways at 375 px').toBeLessThanOrEqual(375)

  await page.screenshot({ path: testInfo.outputPath('home-phone.png'), fullPage: true })
})
