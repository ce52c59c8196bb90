import { expect, test, type Page } from '@playwright/test'

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY)
  expect(width, 'page must not scroll sideways at 375 px').toBeLessThanOrEqual(375)
}

test('search and detail fit a 375 px phone', async ({ page }, testInfo) => {
  await page.goto('/search?q=%E5%BA%9F%E6%B0%B4')
  await expect(page.getByTestId('search-result').first()).toBeVisible({ timeout: 30_000 })
  await expectNoSidewaysScroll(page)
  await page.screenshot({ path: testInfo.outputPath('search-phone.png'), fullPage: true })

  // Filters live in a drawer on phones.
  await page.getByTestId('open-filters').click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expect(page.getByTestId('search-facets')).toBeVisible()
  await page.waitForTimeout(500) // let the drawer finish sliding in before the screenshot
  await page.screenshot({ path: testInfo.outputPath('search-phone-filters.png') })
  await page.getByRole('dialog').getByRole('button', { name: /查看结果/ }).click()

  await page.getByTestId('search-result').first().getByTestId('result-title').click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByTestId('match-card').first()).toBeVisible({ timeout: 30_000 })
  await expectNoSidewaysScroll(page)
  await page.screenshot({ path: testInfo.outputPath('detail-phone.png'), fullPage: true })
})
