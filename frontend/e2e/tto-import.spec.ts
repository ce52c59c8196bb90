import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { OPERATOR_EMAIL, OPERATOR_PASSWORD, openConsoleTab, searchUntilFound, signIn, signOut } from './support'

/*
 * Journey 2: the technology-transfer office of the University of South China downloads the import template,
 * uploads a CSV with one bad row, reads that row's error, imports the valid rows as drafts and submits them; the
 * operator approves them and they are found in search.
 */
const TTO_EMAIL = 'tto@usc.hengqiao.demo'
const TTO_PASSWORD = 'Hengqiao-demo-2026'
const EXAMPLE_ID = 'NH-2024-001'
const EXAMPLE_TITLE = '低品位氧化铅锌矿选冶联合高效回收技术'
const EXAMPLE_PATENT = '201710601862.3|发明|已授权'

test('a TTO imports results from a CSV with one bad row, submits them and they become searchable', async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  const stamp = Date.now().toString(36)
  const titles = [`尾矿库渗滤液重金属原位固化技术（${stamp}）`, `冶炼烟尘中铟锗综合回收工艺（${stamp}）`]

  await signIn(page, TTO_EMAIL, TTO_PASSWORD)
  await page.getByTestId('account-menu').click()
  await page.getByRole('link', { name: '成果工作台' }).click()
  await expect(page).toHaveURL(/\/tto$/)
  await expect(page.getByTestId('catalogue-row').first()).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('01-workbench.png'), fullPage: true })

  const downloading = page.waitForEvent('download')
  await page.getByTestId('template-csv').click()
  const template = await readFile(await (await downloading).path())
  const [zhHeader, enHeader, example] = template.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)
  expect(example, 'the template carries an example row').toContain(EXAMPLE_TITLE)
  const row = (externalId: string, title: string) =>
    (example ?? '').replace(EXAMPLE_ID, externalId).replace(EXAMPLE_TITLE, title).replace(EXAMPLE_PATENT, '')
  const csv = [
    zhHeader,
    enHeader,
    row(`E2E-${stamp}-1`, titles[0] ?? ''),
    row(`E2E-${stamp}-2`, ''),
    row(`E2E-${stamp}-3`, titles[1] ?? ''),
  ].join('\r\n')

  await page.getByTestId('import-file').setInputFiles({ name: '成果导入.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  const report = page.getByTestId('import-report')
  await expect(report.getByTestId('import-summary')).toHaveText('共 3 行：2 行有效，1 行有问题。')
  const error = report.getByTestId('import-error')
  await expect(error).toHaveCount(1)
  await expect(error.locator('td').nth(0)).toHaveText('4')
  await expect(error.locator('td').nth(1)).toHaveText('成果名称')
  await page.screenshot({ path: testInfo.outputPath('02-import-report.png'), fullPage: true })

  await page.getByTestId('import-valid-rows').click()
  const imported = page.getByTestId('imported-results')
  await expect(imported.getByTestId('imported-result')).toHaveCount(2)
  await expect(imported.getByTestId('imported-status').first()).toHaveText('草稿')
  await page.screenshot({ path: testInfo.outputPath('03-imported-drafts.png'), fullPage: true })
  await imported.getByRole('button', { name: '全选可提交的成果' }).click()
  await imported.getByTestId('submit-selected').click()
  await expect(imported.getByTestId('imported-status')).toHaveText(['待审核', '待审核'])
  await page.screenshot({ path: testInfo.outputPath('04-submitted.png'), fullPage: true })
  await signOut(page)

  await signIn(page, OPERATOR_EMAIL, OPERATOR_PASSWORD)
  await openConsoleTab(page, '内容审核')
  for (const title of titles) {
    await page.getByTestId('moderation-item').filter({ hasText: title }).getByTestId('approve-posting').click()
    await expect(page.getByTestId('moderation-item').filter({ hasText: title })).toHaveCount(0)
  }

  await openConsoleTab(page, '审计日志')
  await expect(page.getByTestId('audit-entry').filter({ hasText: titles[0] ?? '' }).first()).toContainText('审核通过')
  await page.screenshot({ path: testInfo.outputPath('05-audit-log.png'), fullPage: true })

  for (const title of titles) {
    await searchUntilFound(page, `/search?q=${encodeURIComponent(title)}&kind=RESULT`, title)
  }
  await page.screenshot({ path: testInfo.outputPath('06-search.png'), fullPage: true })
})

test('the workbench sends anonymous visitors to sign in first', async ({ page }) => {
  await page.goto('/tto')
  await expect(page).toHaveURL(/\/login\?redirect=/)
})
