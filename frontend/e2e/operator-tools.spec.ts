import { expect, test, type Page } from '@playwright/test'
import {
  anEnterprise,
  confirmDecision,
  OPERATOR_EMAIL,
  OPERATOR_PASSWORD,
  registerEnterprise,
  signIn,
  signOut,
} from './support'

/*
 * The operator's tools, from /admin: a verification decided beside the licence preview, the applicant's contact and
 * the national credit system's link, confirmed before it takes effect and then found in the audit log; and a
 * submitted posting moderated from its own page. Chinese and English, screenshots at every step.
 */
async function verifyFromTheQueue(page: Page, name: string, shots: (label: string) => string) {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/verifications$/)
  const item = page.getByTestId('queue-item').filter({ hasText: name })
  await expect(item.getByTestId('applicant')).toContainText('赵工')
  await expect(item.getByTestId('applicant')).toContainText('0734-8666666')
  await expect(item.getByTestId('credit-check')).toHaveAttribute('href', 'https://www.gsxt.gov.cn')
  const frame = item.getByTestId('licence-frame')
  await expect(frame).toHaveAttribute('src', /\/api\/v1\/operator\/verifications\/\d+\/licence$/)
  // The preview is served to the operator inline, framable by the portal only.
  const preview = await page.request.get((await frame.getAttribute('src')) as string)
  expect(preview.status()).toBe(200)
  expect(preview.headers()['x-frame-options']).toBe('SAMEORIGIN')
  expect(preview.headers()['content-disposition']).toMatch(/^inline/)
  await item.scrollIntoViewIfNeeded()
  await page.screenshot({ path: shots('queue-with-preview'), fullPage: true })

  await item.getByTestId('approve').click()
  await expect(page.locator('.el-message-box')).toContainText(name)
  await page.screenshot({ path: shots('confirm-approval') })
  await confirmDecision(page, '通过认证')
  await expect(page.getByTestId('queue-item').filter({ hasText: name })).toHaveCount(0)
}

test('an operator verifies beside the licence preview, confirms, and finds the decision in the audit log', async ({ page }, testInfo) => {
  // Registering the enterprise through the portal comes first, and full-page screenshots of the queue are slow.
  test.setTimeout(120_000)
  const enterprise = anEnterprise('核验')
  const shots = (label: string) => testInfo.outputPath(`${label}.png`)
  await registerEnterprise(page, enterprise)
  await signOut(page)

  await signIn(page, OPERATOR_EMAIL, OPERATOR_PASSWORD)
  await verifyFromTheQueue(page, enterprise.name, shots)

  await page.getByRole('link', { name: '审计日志', exact: true }).click()
  const decision = page.getByTestId('decision-entry').filter({ hasText: enterprise.name }).first()
  await expect(decision.getByTestId('decision-verdict')).toHaveText('通过认证')
  await decision.scrollIntoViewIfNeeded()
  await page.screenshot({ path: shots('audit-decisions-zh'), fullPage: true })

  await page.evaluate(() => localStorage.setItem('hengqiao.locale', 'en'))
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Verification decisions' })).toBeVisible()
  await expect(page.getByTestId('decision-entry').filter({ hasText: enterprise.name }).first().getByTestId('decision-verdict'))
    .toHaveText('Verified')
  await page.screenshot({ path: shots('audit-decisions-en'), fullPage: true })
  await page.evaluate(() => localStorage.removeItem('hengqiao.locale'))
})

test('an operator moderates a submitted posting from its own page', async ({ page }, testInfo) => {
  const shots = (label: string) => testInfo.outputPath(`${label}.png`)
  await signIn(page, OPERATOR_EMAIL, OPERATOR_PASSWORD)
  await page.goto('/admin')
  await page.getByRole('link', { name: '内容审核', exact: true }).click()
  const first = page.getByTestId('moderation-item').first()
  const title = (await first.locator('.moderation__name').innerText()).trim()
  await first.locator('.moderation__name').click()

  const panel = page.getByTestId('posting-moderation')
  await expect(panel).toBeVisible()
  await page.screenshot({ path: shots('posting-moderation'), fullPage: true })
  await panel.getByTestId('moderation-approve').click()
  await expect(page.locator('.el-message-box')).toContainText(title)
  await page.screenshot({ path: shots('posting-confirm') })
  await confirmDecision(page, '通过并发布')
  await expect(panel).toHaveCount(0)
  await page.screenshot({ path: shots('posting-published'), fullPage: true })

  await page.goto('/admin/moderation')
  await expect(page.getByTestId('moderation-item').filter({ hasText: title })).toHaveCount(0)
})
