import { expect, test, type Page } from '@playwright/test'

async function expectNoSideways(page: Page) {
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY)
  expect(scrollWidth, 'page must not scroll sideways at 375 px').toBeLessThanOrEqual(375)
}

test('sign-in and registration fit a 375 px phone', async ({ page }, testInfo) => {
  await page.goto('/login')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('登录衡桥')
  await expectNoSideways(page)
  await page.screenshot({ path: testInfo.outputPath('login-phone.png'), fullPage: true })

  await page.getByRole('link', { name: '立即注册' }).click()
  await page.locator('#reg-email').fill('li@example.cn')
  await page.locator('#reg-display-name').fill('李')
  await page.locator('#reg-password').fill('short')
  await page.getByTestId('step-next').click()
  await expect(page.getByText('密码至少需要 10 个字符')).toBeVisible()
  await expectNoSideways(page)
  await page.screenshot({ path: testInfo.outputPath('register-phone.png'), fullPage: true })
})
