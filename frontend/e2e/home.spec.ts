import { expect, test } from '@playwright/test'

test('home shows the newest postings and remembers the chosen language', async ({ page }, testInfo) => {
  await page.goto('/')

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('让技术需求遇见科技成果')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByTestId('newest-needs').getByTestId('posting-card').first()).toBeVisible()
  await expect(page.getByTestId('newest-results').getByTestId('posting-card').first()).toBeVisible()
  await expect(page.getByTestId('platform-figures')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('home-zh.png'), fullPage: true })

  const localeSwitch = page.getByTestId('locale-switch')
  await expect(localeSwitch).toHaveText('English')
  await localeSwitch.click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where technology needs meet research results')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(localeSwitch).toHaveText('中文')

  await page.reload()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where technology needs meet research results')
  await expect(page.getByTestId('newest-needs').getByTestId('posting-card').first()).toBeVisible()
  await expect(page.getByTestId('newest-results').getByTestId('posting-card').first()).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('home-en.png'), fullPage: true })
})

test('an unknown address shows the not-found page with a way home', async ({ page }) => {
  await page.goto('/no-such-page')

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('抱歉，页面未找到')
  await page.getByRole('link', { name: '返回首页' }).click()
  await expect(page).toHaveURL(/\/$/)
})
