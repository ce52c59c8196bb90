import { expect, test, type Browser, type Page } from '@playwright/test'
import { choose, HOME_URL, OPERATOR_EMAIL, OPERATOR_PASSWORD, searchUntilFound } from './support'

const PASSWORD = 'Hengqiao-demo-2026'
const BROKER = 'broker@hengqiao.demo'
const TTO = 'tto@usc.hengqiao.demo'
const PHARMA = 'admin@pharma.hengqiao.demo'
const PHARMA_NAME = '衡阳南岳本草制药有限公司（示例）'
const UNIVERSITY_NAME = '南华大学'

// A pair no other journey touches: closing them as matched must not take postings other journeys look for.
const NEED = '中药饮片有效成分快速检测与质量追溯'
const RESULT = '中药材有效成分近红外光谱快速检测模型'

async function signedIn(browser: Browser, email: string, password = PASSWORD): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto('/login')
  await page.locator('#login-email').fill(email)
  await page.locator('#login-password').fill(password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await expect(page).toHaveURL(HOME_URL)
  return page
}

/** Opens a demo posting from the search page, waiting for the demo to be indexed; answers its id. */
async function openPosting(page: Page, kind: 'NEED' | 'RESULT', title: string): Promise<number> {
  await searchUntilFound(page, `/search?q=${encodeURIComponent(title)}&kind=${kind}`, title)
  await page.getByTestId('search-result').filter({ hasText: title }).getByTestId('result-title').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  return Number(/\/(\d+)$/.exec(page.url())?.[1])
}

/** Proposes, on the open deal page, the stage the form offers next; the deal waits for the other side. */
async function propose(page: Page, stage: string): Promise<void> {
  await expect(page.getByTestId('stage-target')).toContainText(stage)
  await page.getByTestId('stage-submit').click()
  await expect(page.getByText('提议已发出，等待对方确认')).toBeVisible()
  await expect(page.getByTestId('pending-proposal')).toContainText('等待对方确认或拒绝')
}

/** The other side, in its own session, agrees to the pending proposal; the deal reaches the stage. */
async function confirmProposal(page: Page, dealUrl: string, stage: string): Promise<void> {
  await page.goto(dealUrl)
  await expect(page.getByTestId('pending-proposal')).toContainText(stage)
  await page.getByTestId('confirm-proposal').click()
  await expect(page.getByText('已同意该提议')).toBeVisible()
  await expect(page.getByTestId('pending-proposal')).toHaveCount(0)
  await expect(page.getByRole('main').getByText(stage, { exact: true }).first()).toBeVisible()
}

test('a broker introduces an enterprise and a university, who reach a signed technology contract', async ({ browser }, testInfo) => {
  test.setTimeout(300_000)
  const shot = (page: Page, name: string) => page.screenshot({ path: testInfo.outputPath(name), fullPage: true })

  // The operator assigns the demo broker to the pharmaceutical company's need on its page.
  const operator = await signedIn(browser, OPERATOR_EMAIL, OPERATOR_PASSWORD)
  const needId = await openPosting(operator, 'NEED', NEED)
  const assign = operator.getByTestId('broker-assign')
  await assign.getByTestId('broker-select').click()
  await operator.getByRole('option', { name: '王经纪' }).click()
  await assign.getByTestId('broker-assign-submit').click()
  await expect(assign).toContainText('王经纪')
  await operator.context().close()

  // The broker proposes to introduce the two from a suggested match on the workbench, on behalf of the enterprise.
  const broker = await signedIn(browser, BROKER)
  const item = broker.getByTestId('broker-item').filter({ hasText: NEED })
  const match = item.getByTestId('match-card').filter({ hasText: RESULT })
  await expect(async () => {
    await broker.goto('/broker')
    await expect(match).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 90_000 })
  await shot(broker, '1-workbench.png')
  await match.getByRole('button', { name: '引荐' }).click()
  await broker.getByTestId('introduce-need-side').click()
  await broker.locator('#introduce-message').fill('贵校的近红外快速检测模型与本草制药的饮片质量追溯需求高度契合，建议双方直接沟通。')
  await broker.getByTestId('introduce-submit').click()
  await expect(broker.getByText('已提出引荐，等待被引荐方确认')).toBeVisible()

  // The enterprise confirms the introduction in its own session: until then the university sees nothing of it.
  const introduced = await signedIn(browser, PHARMA)
  await introduced.goto('/inbox')
  const proposal = introduced.getByTestId('introduction-card').filter({ hasText: RESULT })
  await expect(proposal).toContainText('王经纪')
  await shot(introduced, '1b-introduction-to-confirm.png')
  await proposal.getByTestId('confirm-introduction').click()
  await expect(introduced.getByText('已确认，对方将收到合作意向')).toBeVisible()
  await expect(introduced.getByTestId('introduction-card')).toHaveCount(0)
  await introduced.context().close()

  // The university's TTO accepts the confirmed introduction in the inbox; the conversation opens.
  const tto = await signedIn(browser, TTO)
  await tto.goto('/inbox')
  const received = tto.getByTestId('interest-card').filter({ hasText: RESULT }).filter({ hasText: PHARMA_NAME })
  await expect(received).toContainText('由技术经纪人 王经纪')
  await shot(tto, '2-inbox.png')
  await received.getByTestId('accept-interest').click()
  await expect(received.getByTestId('interest-status')).toHaveText('已接受')
  await received.getByTestId('open-conversation').click()
  await expect(tto).toHaveURL(/\/inbox\/\d+$/)
  const conversationUrl = tto.url()
  await tto.getByTestId('message-text').fill('欢迎联系。我们的模型已覆盖30余种常用饮片，可先提供样品测试。')
  await tto.getByTestId('send-message').click()
  await expect(tto.getByTestId('message').filter({ hasText: '可先提供样品测试' })).toBeVisible()

  // The enterprise reads it and answers.
  const pharma = await signedIn(browser, PHARMA)
  await pharma.goto(conversationUrl)
  await expect(pharma.getByTestId('message').filter({ hasText: '可先提供样品测试' })).toBeVisible()
  await pharma.getByTestId('message-text').fill('好的，下周寄送黄芪、当归等饮片样品。')
  await pharma.getByTestId('send-message').click()
  await expect(pharma.getByTestId('message').filter({ hasText: '寄送黄芪' })).toBeVisible()
  await shot(pharma, '3-conversation.png')

  // The broker opens the deal on the need and the result from the same suggestion.
  await broker.goto('/broker')
  await match.getByRole('button', { name: '发起交易' }).click()
  await expect(broker).toHaveURL(/\/deals\/\d+$/)
  const dealUrl = broker.url()
  await expect(broker.getByRole('main')).toContainText(PHARMA_NAME)
  await expect(broker.getByRole('main')).toContainText(UNIVERSITY_NAME)
  await expect(broker.getByRole('main')).toContainText('已接洽')

  // They met in the conversation the introduction opened: the deal is confirmed by both sides at once.
  await expect(broker.getByTestId('awaiting-confirmation')).toHaveCount(0)

  // Each stage is proposed by one side and takes effect only when the other confirms it in its own session.
  await pharma.goto(dealUrl)
  await propose(pharma, '已签保密协议')
  await confirmProposal(tto, dealUrl, '已签保密协议')
  await propose(tto, '洽谈中')
  await tto.goto(`/needs/${needId}`)
  await expect(tto.getByRole('heading', { level: 1 })).toHaveText(NEED)
  // Still published (no status tag) while the enterprise has not agreed to negotiate.
  await expect(tto.getByTestId('posting-status')).toHaveCount(0)
  await confirmProposal(pharma, dealUrl, '洽谈中')
  await tto.goto(`/needs/${needId}`)
  await expect(tto.getByTestId('posting-status')).toHaveText('洽谈中')

  // The enterprise proposes the contract; the client and contractor are the two organisations.
  await expect(pharma.getByTestId('stage-target')).toContainText('已签合同')
  const fields = pharma.getByTestId('contract-fields')
  await fields.locator('#contract-title').fill('中药饮片近红外快速检测模型技术许可合同')
  await choose(pharma, 'contract-type', '技术许可')
  await fields.locator('#contract-value').fill('480000')
  await choose(pharma, 'contract-mode', '许可使用')
  const names = fields.getByRole('textbox', { name: '名称', exact: true })
  await expect(names.nth(0)).toHaveValue(PHARMA_NAME)
  await expect(names.nth(1)).toHaveValue(UNIVERSITY_NAME)
  await shot(pharma, '4-contract-form.png')
  await pharma.getByTestId('stage-submit').click()
  await expect(pharma.getByText('提议已发出，等待对方确认')).toBeVisible()

  // The university reads the terms it is asked to sign and agrees to exactly those.
  await tto.goto(dealUrl)
  await expect(tto.getByTestId('pending-proposal')).toContainText('中药饮片近红外快速检测模型技术许可合同')
  await expect(tto.getByTestId('pending-proposal')).toContainText('480,000')
  await shot(tto, '5-contract-proposed.png')
  await confirmProposal(tto, dealUrl, '已签合同')
  await pharma.reload()

  // Everyone sees the contract signed, and both postings closed as matched.
  const contract = pharma.getByTestId('deal-contract')
  await expect(contract).toContainText('中药饮片近红外快速检测模型技术许可合同')
  await expect(contract).toContainText('许可使用')
  await expect(pharma.getByRole('main')).toContainText('已签合同')
  await shot(pharma, '5b-contract-signed.png')
  await broker.reload()
  await expect(broker.getByTestId('deal-contract')).toContainText('技术许可')
  // A closed posting leaves the public site; its owner still sees it, closed.
  await pharma.goto(`/needs/${needId}`)
  await expect(pharma.getByTestId('posting-status')).toHaveText('已关闭')
  await tto.goto(dealUrl)
  // The deal opened on the workbench leads back to the conversation the introduction opened.
  await expect(tto.getByTestId('deal-conversation')).toHaveAttribute('href', new URL(conversationUrl).pathname)
  // The history names the contract's type and mode, not their codes.
  await expect(tto.getByTestId('deal-history')).toContainText('技术许可')
  await expect(tto.getByTestId('deal-history')).not.toContainText('LICENSING')
  // The other side's closed need has left the public site, but the deal's parties still read it.
  await tto.getByRole('main').getByRole('link', { name: NEED }).click()
  await expect(tto.getByRole('heading', { level: 1 })).toHaveText(NEED)
  await expect(tto.getByTestId('posting-status')).toHaveText('已关闭')
  await shot(tto, '6-need-closed.png')
  await tto.goto(dealUrl)
  await tto.getByRole('main').getByRole('link', { name: RESULT }).click()
  await expect(tto.getByRole('heading', { level: 1 })).toHaveText(RESULT)
  await expect(tto.getByTestId('posting-status')).toHaveText('已关闭')
  await shot(tto, '7-result-closed.png')
})
