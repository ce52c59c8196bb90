import { expect, test } from '@playwright/test'

/*
 * Alerts and password reset in the portal: the way from the sign-in page to a reset link, subscribing (a cluster
 * and a saved search), the notification bell, and the page an e-mail's unsubscribe link ends on.
 */

const OPERATOR_EMAIL = process.env.HENGQIAO_OPERATOR_EMAIL ?? 'operator@hengqiao.demo'
const OPERATOR_PASSWORD = process.env.HENGQIAO_OPERATOR_PASSWORD ?? 'Hengqiao-demo-2026'

test('a visitor who forgot the password asks for a reset link from the sign-in page', async ({ page }) => {
  await page.goto('/login')
  await page.getByTestId('forgot-password').click()
  await expect(page).toHaveURL(/\/password-reset$/)

  await page.locator('#reset-email').fill('someone@hengyang-tools.cn')
  await page.getByRole('button', { name: '发送重置链接' }).click()

  await expect(page.getByTestId('reset-sent')).toContainText('如果该邮箱已注册')
})

test('a signed-in person subscribes to a cluster and saves a search, and finds the notification centre', async ({
  page,
}) => {
  await page.goto('/login')
  await page.locator('#login-email').fill(OPERATOR_EMAIL)
  await page.locator('#login-password').fill(OPERATOR_PASSWORD)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await expect(page.getByTestId('notification-bell')).toBeVisible()

  await page.goto('/account/subscriptions')
  await page.getByTestId('type-CLUSTER').click()
  await page.getByTestId('subscription-cluster').click()
  await page.getByRole('option', { name: '新材料' }).click()
  await page.getByTestId('subscription-submit').click()
  await expect(page.getByTestId('subscription-list')).toContainText('新材料')

  await page.goto('/search?q=%E9%94%82%E7%94%B5%E6%B1%A0&kind=NEED')
  await page.getByTestId('save-search').click()
  await expect(page.getByText('已保存搜索')).toBeVisible()

  await page.getByTestId('notification-bell').click()
  await expect(page).toHaveURL(/\/notifications$/)
  await page.getByRole('link', { name: '订阅与邮件设置' }).click()
  await expect(page.getByTestId('subscription-list')).toContainText('锂电池')
})

test('an invalid unsubscribe link ends on a page that says so', async ({ page }) => {
  await page.goto('/api/v1/notifications/unsubscribe?token=not-a-token')

  await expect(page).toHaveURL(/\/unsubscribed\?invalid=true$/)
  await expect(page.getByTestId('unsubscribe-invalid')).toBeVisible()
})
