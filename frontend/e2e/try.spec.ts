import { expect, test } from '@playwright/test'

test('a visitor describes a problem and sees matching results, in Chinese and then in English', async ({ page }, testInfo) => {
  await page.goto('/try')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('试试描述您的需求')

  await page.getByTestId('try-submit').click()
  await expect(page.getByRole('alert')).toContainText('请先描述您的技术需求')

  await page.getByLabel('技术需求描述').fill('我们冶炼厂的酸性废水里铊和砷经常超标，想找能深度处理并回收重金属的技术')
  await page.getByTestId('try-submit').click()

  const matches = page.getByTestId('match-card')
  await expect(matches.first()).toBeVisible({ timeout: 30_000 })
  await expect(matches.first().getByTestId('match-explanation')).toBeVisible()
  // Registering brings the visitor back to /try with the text they typed (the return path is same-origin).
  const register = page.getByTestId('try-cta').getByRole('link', { name: '注册并发布这个需求' })
  const href = (await register.getAttribute('href')) ?? ''
  expect(href.startsWith('/register?redirect=')).toBe(true)
  expect(new URL(href, 'http://x').searchParams.get('redirect')).toMatch(/^\/try\?q=/)
  await expect(page).toHaveURL(/\/try\?q=/)
  await page.screenshot({ path: testInfo.outputPath('try-zh.png'), fullPage: true })

  await page.getByTestId('locale-switch').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Try describing your need')
  await page.getByLabel('Your technology need').fill('Online monitoring of power transformers and partial discharge detection')
  await page.getByTestId('try-submit').click()
  await expect(matches.first()).toBeVisible({ timeout: 30_000 })
  await expect(matches.first().getByTestId('match-explanation')).toContainText('Criteria')
  await expect(page.getByTestId('try-cta')).toContainText('Register and post this need')
  await page.screenshot({ path: testInfo.outputPath('try-en.png'), fullPage: true })
})
