import { expect, test } from '@playwright/test'

// Demo postings are indexed asynchronously after start-up, so the first searches wait generously.
const INDEXED = { timeout: 30_000 }

test('searching 废水 finds demo postings with the matched words highlighted', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  // Right after start-up the demo postings may still be being indexed: wait until the one we look for is.
  await expect(async () => {
    await page.goto('/search?q=%E9%93%85%E9%94%8C%E5%86%B6%E7%82%BC')
    await expect(page.getByTestId('search-result').first()).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 90_000 })

  await page.goto('/search')
  await page.getByLabel('关键词').fill('废水')
  await page.getByRole('button', { name: '检索', exact: true }).click()

  await expect(page).toHaveURL(/\/search\?q=%E5%BA%9F%E6%B0%B4/)
  const first = page.getByTestId('search-result').first()
  await expect(first).toBeVisible(INDEXED)
  await expect(page.getByTestId('search-result').filter({ hasText: '铅锌冶炼废水中重金属深度去除与回收技术' })).toBeVisible()
  await expect(page.getByTestId('result-title').locator('em', { hasText: '废水' }).first()).toBeVisible()
  await expect(page.getByTestId('search-total')).toContainText('条结果')
  await page.screenshot({ path: testInfo.outputPath('search-wastewater.png'), fullPage: true })
})

test('a cluster link filters by URL, and back restores the earlier search', async ({ page }) => {
  await page.goto('/search?cluster=NONFERROUS_METALS')
  await expect(page.getByTestId('search-result').first()).toBeVisible(INDEXED)
  await expect(page.getByTestId('filter-chip')).toContainText('有色金属')
  const clusterTotal = await page.getByTestId('search-total').innerText()

  await page.getByTestId('kind-tabs').getByText('技术需求').click()
  await expect(page).toHaveURL(/kind=NEED/)
  await expect(page.getByTestId('search-result').first()).toContainText('技术需求')
  await expect(page.getByTestId('search-result').filter({ hasText: '科技成果' })).toHaveCount(0)

  await page.goBack()
  await expect(page).not.toHaveURL(/kind=NEED/)
  await expect(page.getByTestId('search-total')).toHaveText(clusterTotal)
  await expect(page.getByTestId('filter-chip')).toContainText('有色金属')

  await page.getByTestId('filter-chip').getByRole('button').click()
  await expect(page).toHaveURL(/\/search$/)
})

test('a search that finds nothing offers to relax it', async ({ page }) => {
  await page.goto('/search?q=%E5%BA%9F%E6%B0%B4&cluster=AUTOMOBILES_AND_PARTS')
  await expect(page.getByTestId('no-matches')).toBeVisible(INDEXED)
  await expect(page.getByTestId('no-matches')).toContainText('没有找到')
  await page.getByTestId('relax-filter').first().click()
  await expect(page).not.toHaveURL(/cluster=/)
  await expect(page.getByTestId('search-result').first()).toBeVisible()
})
