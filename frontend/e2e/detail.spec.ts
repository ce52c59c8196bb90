import { expect, test } from '@playwright/test'

test('a demo need shows its matching results with an explanation', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  await page.goto('/search?q=%E9%93%85%E9%94%8C%E5%86%B6%E7%82%BC%E5%BA%9F%E6%B0%B4&kind=NEED')
  const card = page.getByTestId('search-result').filter({ hasText: '铅锌冶炼废水中重金属深度去除与回收技术' })
  // Right after start-up the demo postings may still be being indexed: search again until it is there.
  await expect(async () => {
    await page.reload()
    await expect(card).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 90_000 })
  await card.getByTestId('result-title').click()

  await expect(page).toHaveURL(/\/needs\/\d+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('铅锌冶炼废水中重金属深度去除与回收技术')
  await expect(page.getByTestId('verified-badge')).toBeVisible()
  await expect(page.getByTestId('posting-facts')).toContainText('有色金属')
  await expect(page.getByTestId('posting-contact')).toBeVisible()

  const matches = page.getByTestId('match-card')
  await expect(matches.first()).toBeVisible({ timeout: 30_000 })
  const explanation = matches.first().getByTestId('match-explanation')
  await expect(explanation).toBeVisible()
  await expect(explanation.getByTestId('shared-terms').locator('li').first()).toBeVisible()
  await expect(explanation.getByTestId('criterion')).toHaveCount(6)
  await expect(explanation.getByTestId('criteria')).toContainText('合作方式')
  await expect(explanation.getByTestId('semantic-similarity')).toContainText('%')
  await expect(explanation.getByTestId('source-text').locator('em').first()).toBeVisible()

  // The second match's explanation opens on demand.
  const second = matches.nth(1)
  await second.getByTestId('toggle-explanation').click()
  await expect(second.getByTestId('match-explanation')).toBeVisible()
  await expect(second.getByTestId('toggle-explanation')).toHaveAttribute('aria-expanded', 'true')

  await page.screenshot({ path: testInfo.outputPath('need-detail.png'), fullPage: true })
})

test('an unknown posting says so', async ({ page }) => {
  await page.goto('/results/999999')
  await expect(page.getByTestId('load-error')).toContainText('不存在')
})
