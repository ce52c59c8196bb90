import { expect, test } from '@playwright/test'
import {
  anEnterprise,
  choose,
  confirmDecision,
  OPERATOR_EMAIL,
  OPERATOR_PASSWORD,
  openConsoleTab,
  registerEnterprise,
  searchUntilFound,
  signIn,
  signOut,
} from './support'

/*
 * Journey 1: an enterprise registers, the operator verifies it, it posts a need through the step-by-step form and
 * submits it, the operator approves it, and the need is found in search with matching results and explanations.
 */
test('an enterprise posts a need that the operator approves and that then matches results', async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  const enterprise = anEnterprise('需求')
  const title = `铅锌冶炼废水重金属深度去除（${Date.now().toString(36)}）`

  await registerEnterprise(page, enterprise)
  await page.screenshot({ path: testInfo.outputPath('01-registered.png'), fullPage: true })
  await signOut(page)

  await signIn(page, OPERATOR_EMAIL, OPERATOR_PASSWORD)
  await openConsoleTab(page, '认证审核')
  await page.getByTestId('queue-item').filter({ hasText: enterprise.name }).getByTestId('approve').click()
  await confirmDecision(page, '通过认证')
  await expect(page.getByTestId('queue-item').filter({ hasText: enterprise.name })).toHaveCount(0)
  await signOut(page)

  await signIn(page, enterprise.email, enterprise.password)
  await page.goto('/org')
  await expect(page.getByTestId('verification-status')).toHaveText('已认证')
  await page.goto('/post/need')
  await page.locator('#pf-title').fill(title)
  await page.locator('#pf-text').fill(
    '我公司铅锌冶炼过程产生含铅、锌、镉、铊等重金属的酸性废水，现有石灰中和沉淀工艺出水难以稳定达到特别排放限值，'
      + '希望引进重金属深度去除与有价金属回收技术，实现废水回用。',
  )
  await page.screenshot({ path: testInfo.outputPath('02-need-basics.png'), fullPage: true })
  await page.getByTestId('next-step').click()

  await page.locator('.el-select__wrapper').filter({ has: page.locator('#pf-field') }).click()
  await page.locator('#pf-field').fill('水处理')
  await page.getByRole('option').first().click()
  await choose(page, 'pf-clusters', '有色金属')
  await page.keyboard.press('Escape')
  await choose(page, 'pf-region', '石鼓区')
  await page.getByTestId('next-step').click()

  await page.locator('label.el-checkbox').filter({ hasText: '合作开发' }).click()
  await page.locator('#pf-min').fill('50')
  await page.locator('#pf-max').fill('200')
  await page.locator('#pf-deadline').fill('2027-12-31')
  await page.getByTestId('next-step').click()

  await page.locator('#pf-contact-phone').fill('0734-8666666')
  await page.getByTestId('next-step').click()
  await expect(page.getByTestId('post-preview')).toContainText(title)
  await page.screenshot({ path: testInfo.outputPath('03-need-preview.png'), fullPage: true })
  await page.getByTestId('submit').click()
  await expect(page).toHaveURL(/\/needs\/\d+$/)
  const needPath = new URL(page.url()).pathname
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await signOut(page)

  await signIn(page, OPERATOR_EMAIL, OPERATOR_PASSWORD)
  await openConsoleTab(page, '内容审核')
  const item = page.getByTestId('moderation-item').filter({ hasText: title })
  await page.screenshot({ path: testInfo.outputPath('04-moderation.png'), fullPage: true })
  await item.getByTestId('approve-posting').click()
  await expect(page.getByTestId('moderation-item').filter({ hasText: title })).toHaveCount(0)

  await searchUntilFound(page, `/search?q=${encodeURIComponent('铅锌冶炼废水重金属深度去除')}&kind=NEED`, title)
  await page.screenshot({ path: testInfo.outputPath('05-search.png'), fullPage: true })
  await page.getByTestId('search-result').filter({ hasText: title }).getByTestId('result-title').click()
  await expect(page).toHaveURL(new RegExp(`${needPath}$`))

  const matches = page.getByTestId('match-card')
  await expect(matches.first()).toBeVisible({ timeout: 30_000 })
  const explanation = matches.first().getByTestId('match-explanation')
  await expect(explanation).toBeVisible()
  await expect(explanation.getByTestId('shared-terms').locator('li').first()).toBeVisible()
  await expect(explanation.getByTestId('criteria')).toContainText('合作方式')
  await page.screenshot({ path: testInfo.outputPath('06-need-matches.png'), fullPage: true })
})
