import { expect, test } from '@playwright/test'
import { aCreditCode, choose, confirmDecision, OPERATOR_EMAIL, OPERATOR_PASSWORD, signIn, signOut } from './support'

/*
 * The onboarding journey against the packaged application: an enterprise registers, uploads its licence and asks
 * for verification; the bootstrap operator approves it; the enterprise then sees itself verified.
 */

test('an enterprise registers, asks for verification and is verified by the operator', async ({ page }, testInfo) => {
  test.setTimeout(90_000)
  const stamp = Date.now().toString(36)
  const email = `e2e-${stamp}@hengyang-tools.cn`
  const password = 'Copper kiln lantern 2026'
  const name = `衡阳精工刀具有限公司（${stamp}）`
  const creditCode = aCreditCode()

  await page.goto('/')
  await page.getByTestId('register-link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('注册衡桥账号')

  await page.locator('#reg-email').fill(email)
  await page.locator('#reg-display-name').fill('王晓明')
  await page.locator('#reg-phone').fill('0734-8888888')
  await page.locator('#reg-password').fill(password)
  await page.locator('#reg-confirm-password').fill(password)
  await page.getByTestId('step-next').click()

  await page.locator('#org-nameZh').fill(name)
  await page.locator('#org-nameEn').fill('Hengyang Precision Tools Co., Ltd.')
  await page.locator('#org-creditCode').fill(creditCode)
  await choose(page, 'org-regionCode', '石鼓区')
  await choose(page, 'org-industry', /制造业/)
  await page.screenshot({ path: testInfo.outputPath('01-register-organisation.png'), fullPage: true })
  await page.getByTestId('step-next').click()

  const review = page.getByTestId('review')
  await expect(review).toContainText(creditCode)
  await expect(review).toContainText('石鼓区')
  await page.getByTestId('step-next').click()
  await expect(page.getByText('请阅读并同意《用户协议》和《隐私政策》后再注册'), 'consent is asked first').toBeVisible()
  await expect(page.getByRole('link', { name: '《用户协议》' })).toHaveAttribute('href', '/terms')
  await page.getByTestId('consent').click()
  await page.screenshot({ path: testInfo.outputPath('02-register-review.png'), fullPage: true })
  await page.getByTestId('step-next').click()

  await expect(page).toHaveURL(/\/org$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  await expect(page.getByTestId('verification-status')).toHaveText('未认证')

  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
  await page.getByTestId('licence-input').setInputFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: pdf })
  await expect(page.getByTestId('licence-info')).toContainText('营业执照.pdf')
  await page.getByTestId('request-verification').click()
  await expect(page.getByTestId('verification-status')).toHaveText('审核中')
  await page.screenshot({ path: testInfo.outputPath('03-org-pending.png'), fullPage: true })
  await signOut(page)

  await signIn(page, OPERATOR_EMAIL, OPERATOR_PASSWORD)
  await page.getByTestId('account-menu').click()
  await page.getByRole('link', { name: '运营后台' }).click()
  await expect(page).toHaveURL(/\/admin\/verifications$/)
  const item = page.getByTestId('queue-item').filter({ hasText: name })
  await expect(item).toContainText(creditCode)
  await expect(item).toContainText('石鼓区')
  await expect(item.getByTestId('licence-link')).toHaveAttribute('href', /\/licence$/)
  await page.screenshot({ path: testInfo.outputPath('04-admin-queue.png'), fullPage: true })
  await item.getByTestId('approve').click()
  await confirmDecision(page, '通过认证')
  await expect(page.getByTestId('queue-item').filter({ hasText: name })).toHaveCount(0)
  await signOut(page)

  await signIn(page, email, password)
  await page.goto('/org')
  await expect(page.getByTestId('verification-status')).toHaveText('已认证')
  await page.screenshot({ path: testInfo.outputPath('05-org-verified.png'), fullPage: true })
})

test('the operator console sends anonymous visitors to sign in first', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('登录衡桥')
})
