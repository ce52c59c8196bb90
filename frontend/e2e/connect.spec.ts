import { expect, test, type Browser, type Page } from '@playwright/test'
import { HOME_URL } from './support'

const PASSWORD = 'Hengqiao-demo-2026'
const ENTERPRISE = 'admin@hygear.hengqiao.demo'
const TTO = 'tto@usc.hengqiao.demo'

/** The smallest file the platform takes for a PDF: it decides the type by the content's magic bytes. */
const NDA_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto('/login')
  await page.locator('#login-email').fill(email)
  await page.locator('#login-password').fill(PASSWORD)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await expect(page).toHaveURL(HOME_URL)
  return page
}

test('an enterprise and a university TTO go from interest to conversation, NDA and confidential details', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000)
  const tto = await signedIn(browser, TTO)
  const enterprise = await signedIn(browser, ENTERPRISE)

  // One of the university's published results.
  const session = await (await tto.request.get('/api/v1/session')).json()
  const results = await (await tto.request.get(`/api/v1/results?organisation=${session.organisationId}&size=1`)).json()
  const result = results.items[0] as { id: number; title: string }
  expect(result, 'the demo has a published result of the university').toBeDefined()

  // The owner adds confidential details and an NDA on the result's page.
  await tto.goto(`/results/${result.id}`)
  const editor = tto.getByTestId('confidential-editor')
  await editor.getByTestId('confidential-details').fill('样品配方与工艺窗口：仅向签署保密协议的合作方提供。')
  await editor.getByTestId('save-confidential').click()
  await expect(tto.getByText('保密信息已保存')).toBeVisible()
  await editor.getByTestId('nda-file').setInputFiles({ name: 'NDA.pdf', mimeType: 'application/pdf', buffer: NDA_PDF })
  await expect(editor.getByTestId('owner-nda')).toContainText('NDA.pdf')

  // The enterprise expresses interest from the result's page.
  await enterprise.goto(`/results/${result.id}`)
  // The page's own button, beside the contact details (match cards below carry their own).
  const express = enterprise.getByRole('complementary').getByTestId('express-interest')
  await express.getByTestId('express-interest-button').click()
  await enterprise.locator('#interest-message').fill('我们希望引进该成果用于硬质合金刀具涂层，想了解授权方式。')
  await enterprise.getByTestId('send-interest').click()
  await expect(express).toContainText('合作意向已发送')

  // The TTO accepts it; the conversation opens.
  await tto.goto('/inbox')
  const received = tto.getByTestId('interest-card').filter({ hasText: result.title }).first()
  await received.getByTestId('accept-interest').click()
  await expect(received.getByTestId('interest-status')).toHaveText('已接受')
  await received.getByTestId('open-conversation').click()
  await expect(tto).toHaveURL(/\/inbox\/\d+$/)
  const conversationUrl = tto.url()

  // The enterprise writes; the message waits unread for the TTO.
  await enterprise.goto(conversationUrl)
  await expect(enterprise.getByTestId('confidential-locked')).toBeVisible()
  await enterprise.getByTestId('message-text').fill('请问能否先提供一份检测报告？')
  await enterprise.getByTestId('send-message').click()
  const sent = enterprise.getByTestId('message').filter({ hasText: '请问能否先提供一份检测报告？' })
  await expect(sent.getByTestId('read-receipt')).toHaveText('已送达')

  await tto.goto('/inbox?tab=conversations')
  await expect(tto.getByTestId('inbox-unread')).toHaveText('1')
  await tto.goto(conversationUrl)
  await expect(tto.getByTestId('message').filter({ hasText: '检测报告' })).toBeVisible()

  // The enterprise sees the read tick, accepts the NDA and reads the confidential details.
  await enterprise.reload()
  await expect(sent.getByTestId('read-receipt')).toHaveText('对方已读')
  await enterprise.getByTestId('nda-agree').click()
  await enterprise.getByTestId('accept-nda').click()
  await expect(enterprise.getByTestId('confidential-text')).toContainText('样品配方与工艺窗口')
  await expect(enterprise.getByTestId('nda-acceptances')).toBeVisible()
  await enterprise.screenshot({ path: testInfo.outputPath('conversation.png'), fullPage: true })
})
