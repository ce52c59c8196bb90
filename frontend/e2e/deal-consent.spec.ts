import { expect, test, type Browser, type Page } from '@playwright/test'
import { anEnterprise, choose, HOME_URL, registerEnterprise, searchUntilFound } from './support'

const PASSWORD = 'Hengqiao-demo-2026'
const TTO = 'tto@usc.hengqiao.demo'
const ELECTRONICS = 'admin@electronics.hengqiao.demo'
const ELECTRONICS_NAME = '衡阳白沙洲电子科技有限公司（示例）'
// A result no other journey touches: this one closes it under a contract and gets it back by a dispute.
const RESULT = '氢气变压吸附提纯至燃料电池级的工艺包'
const SEARCH = `/search?q=${encodeURIComponent(RESULT)}&kind=RESULT`

/** A browser context of its own per person: each side acts in its own session. */
async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto('/login')
  await page.locator('#login-email').fill(email)
  await page.locator('#login-password').fill(PASSWORD)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await expect(page).toHaveURL(HOME_URL)
  return page
}

async function openResult(page: Page): Promise<void> {
  await searchUntilFound(page, SEARCH, RESULT)
  await page.getByTestId('search-result').filter({ hasText: RESULT }).getByTestId('result-title').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(RESULT)
}

async function propose(page: Page, stage: string): Promise<void> {
  await expect(page.getByTestId('stage-target')).toContainText(stage)
  await page.getByTestId('stage-submit').click()
  await expect(page.getByTestId('pending-proposal')).toContainText('等待对方确认或拒绝')
}

async function confirmProposal(page: Page, dealUrl: string, stage: string): Promise<void> {
  await page.goto(dealUrl)
  await expect(page.getByTestId('pending-proposal')).toContainText(stage)
  await page.getByTestId('confirm-proposal').click()
  await expect(page.getByTestId('pending-proposal')).toHaveCount(0)
  await expect(page.getByRole('main').getByText(stage, { exact: true }).first()).toBeVisible()
}

test('an unverified organisation sees no way to start a deal', async ({ page }, testInfo) => {
  await registerEnterprise(page, anEnterprise('deal'))
  await openResult(page)
  await expect(page.getByTestId('open-deal')).toHaveCount(0)
  await page.screenshot({ path: testInfo.outputPath('1-unverified-no-deal.png'), fullPage: true })
})

test('a deal binds only with the other side’s confirmation, and the owner disputes it to get its result back', async ({
  browser,
}, testInfo) => {
  test.setTimeout(480_000)
  const shot = (page: Page, name: string) => page.screenshot({ path: testInfo.outputPath(name), fullPage: true })

  // A verified enterprise that never talked to the university opens a deal from the result's page.
  const enterprise = await signedIn(browser, ELECTRONICS)
  await openResult(enterprise)
  await enterprise.getByTestId('open-deal').getByRole('button', { name: '发起交易' }).click()
  await expect(enterprise).toHaveURL(/\/deals\/\d+$/)
  const dealUrl = enterprise.url()
  await expect(enterprise.getByTestId('awaiting-confirmation')).toContainText('等待对方在其账号中确认')
  await expect(enterprise.getByTestId('stage-target')).not.toContainText('已签保密协议')
  await shot(enterprise, '2-awaiting-confirmation.png')

  // Nothing of the university's changed: the result is still published and found.
  const tto = await signedIn(browser, TTO)
  await searchUntilFound(tto, SEARCH, RESULT)

  // The university confirms in its own session; only then can a stage be proposed.
  await tto.goto(dealUrl)
  await expect(tto.getByTestId('awaiting-confirmation')).toContainText('经您方确认后交易才成立')
  await shot(tto, '3-asked-to-confirm.png')
  await tto.getByTestId('confirm-deal').click()
  await expect(tto.getByTestId('awaiting-confirmation')).toHaveCount(0)

  await enterprise.reload()
  await propose(enterprise, '已签保密协议')
  await confirmProposal(tto, dealUrl, '已签保密协议')
  await propose(tto, '洽谈中')
  await confirmProposal(enterprise, dealUrl, '洽谈中')

  // The enterprise proposes the contract; the university reads the terms and agrees to exactly those.
  const fields = enterprise.getByTestId('contract-fields')
  await fields.locator('#contract-title').fill('氢气变压吸附提纯工艺包技术开发合同')
  await choose(enterprise, 'contract-type', '技术开发')
  await fields.locator('#contract-value').fill('650000')
  await choose(enterprise, 'contract-mode', '委托开发')
  const names = fields.getByRole('textbox', { name: '名称', exact: true })
  await expect(names.nth(0)).toHaveValue(ELECTRONICS_NAME)
  await enterprise.getByTestId('stage-submit').click()
  await expect(enterprise.getByTestId('pending-proposal')).toContainText('等待对方确认或拒绝')
  await tto.goto(dealUrl)
  await expect(tto.getByTestId('pending-proposal')).toContainText('氢气变压吸附提纯工艺包技术开发合同')
  await shot(tto, '4-contract-proposed.png')
  await confirmProposal(tto, dealUrl, '已签合同')
  await expect(tto.getByTestId('deal-contract')).toContainText('委托开发')

  // Closed as matched, the result leaves search.
  const visitor = await (await browser.newContext()).newPage()
  await expect(async () => {
    await visitor.goto(SEARCH)
    await expect(visitor.getByTestId('search-result').filter({ hasText: RESULT })).toHaveCount(0, { timeout: 3_000 })
  }).toPass({ timeout: 60_000 })

  // The enterprise does not pay: the university disputes the deal, with a reason.
  await tto.goto(dealUrl)
  await tto.getByTestId('deal-end-open').click()
  await tto.locator('#deal-end-reason').fill('对方未按合同约定支付首期款')
  await tto.getByTestId('deal-end-submit').click()
  await expect(tto.getByTestId('end-reason')).toHaveText('对方未按合同约定支付首期款')
  await expect(tto.getByRole('main').getByText('有争议', { exact: true }).first()).toBeVisible()
  await shot(tto, '5-disputed.png')
  await enterprise.reload()
  await expect(enterprise.getByTestId('end-reason')).toContainText('对方未按合同约定支付首期款')
  await expect(enterprise.getByTestId('stage-form')).toContainText('当前没有您可提议的阶段变更')

  // The result is published again, and a visitor finds it in search.
  await searchUntilFound(visitor, SEARCH, RESULT)
  await shot(visitor, '6-result-back-in-search.png')

  // On a phone, the disputed deal's page.
  await tto.setViewportSize({ width: 390, height: 844 })
  await tto.goto(dealUrl)
  await expect(tto.getByTestId('end-reason')).toBeVisible()
  await shot(tto, '7-phone-deal.png')
})
