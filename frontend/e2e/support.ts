import { expect, type Page } from '@playwright/test'

/** What the journeys share: the demo operator, valid credit codes, Element Plus selects, signing in and out. */

export const OPERATOR_EMAIL = process.env.HENGQIAO_OPERATOR_EMAIL ?? 'operator@hengqiao.demo'
export const OPERATOR_PASSWORD = process.env.HENGQIAO_OPERATOR_PASSWORD ?? 'Hengqiao-demo-2026'

const GB32100_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const GB32100_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const GB11714_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

/** The check character of a 9-character organisation code (GB 11714) over its first eight. */
function organisationCodeCheck(first8: string): string {
  const sum = [...first8].reduce((total, c, i) => {
    const value = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55
    return total + value * (GB11714_WEIGHTS[i] ?? 0)
  }, 0)
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}

/** A valid unified social credit code of a Hengyang enterprise (91 + 430400), unique per run. */
export function aCreditCode(): string {
  const serial = String(Date.now()).slice(-8)
  const body = `91430400${serial}${organisationCodeCheck(serial)}`
  const sum = [...body].reduce((total, c, i) => total + GB32100_ALPHABET.indexOf(c) * (GB32100_WEIGHTS[i] ?? 0), 0)
  return body + GB32100_ALPHABET[(31 - (sum % 31)) % 31]
}

/** Opens an Element Plus select by its input's id and picks an option. */
export async function choose(page: Page, inputId: string, option: string | RegExp) {
  await page.locator('.el-select__wrapper').filter({ has: page.locator(`#${inputId}`) }).click()
  await page.getByRole('option', { name: option }).click()
}

/** Where sign-in lands: each role's home (operators and members their workspace, brokers their workbench). */
export const HOME_URL = /\/(workspace|broker|org)$/

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login')
  await page.locator('#login-email').fill(email)
  await page.locator('#login-password').fill(password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await expect(page).toHaveURL(HOME_URL)
}

export async function signOut(page: Page) {
  await page.getByTestId('account-menu').click()
  await page.getByTestId('sign-out').click()
  await expect(page.getByTestId('sign-in-link')).toBeVisible()
}

export interface Enterprise {
  email: string
  password: string
  name: string
}

/** A new enterprise, unique per run. */
export function anEnterprise(label: string): Enterprise {
  const stamp = Date.now().toString(36)
  return {
    email: `e2e-${label}-${stamp}@hengyang-tools.cn`,
    password: 'Copper kiln lantern 2026',
    name: `衡阳${label}科技有限公司（${stamp}）`,
  }
}

/** Registers the enterprise through the portal, uploads its licence and asks for verification; leaves it signed in. */
export async function registerEnterprise(page: Page, enterprise: Enterprise): Promise<void> {
  await page.goto('/register')
  await page.locator('#reg-email').fill(enterprise.email)
  await page.locator('#reg-display-name').fill('赵工')
  await page.locator('#reg-phone').fill('0734-8666666')
  await page.locator('#reg-password').fill(enterprise.password)
  await page.locator('#reg-confirm-password').fill(enterprise.password)
  await page.getByTestId('step-next').click()
  await page.locator('#org-nameZh').fill(enterprise.name)
  await page.locator('#org-creditCode').fill(aCreditCode())
  await choose(page, 'org-regionCode', '石鼓区')
  await choose(page, 'org-industry', /制造业/)
  await page.getByTestId('step-next').click()
  await page.getByTestId('consent').click()
  await page.getByTestId('step-next').click()
  await expect(page).toHaveURL(/\/org$/)
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
  await page.getByTestId('licence-input').setInputFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: pdf })
  await expect(page.getByTestId('licence-info')).toContainText('营业执照.pdf')
  await page.getByTestId('request-verification').click()
  await expect(page.getByTestId('verification-status')).toHaveText('审核中')
}

/** Answers an operator's confirmation box (approving takes effect at once, so the portal asks first). */
export async function confirmDecision(page: Page, button: string | RegExp): Promise<void> {
  const box = page.locator('.el-message-box')
  await expect(box).toBeVisible()
  await box.getByRole('button', { name: button }).click()
  await expect(box).toBeHidden()
}

/** Opens a tab of the operator console from the account menu. */
export async function openConsoleTab(page: Page, tab: string): Promise<void> {
  await page.getByTestId('account-menu').click()
  await page.getByRole('link', { name: '运营后台' }).click()
  await page.getByRole('link', { name: tab, exact: true }).click()
}

/** Searches until the posting is found: new postings are indexed asynchronously after their approval. */
export async function searchUntilFound(page: Page, path: string, title: string): Promise<void> {
  const card = page.getByTestId('search-result').filter({ hasText: title })
  await page.goto(path)
  await expect(async () => {
    await page.reload()
    await expect(card).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 60_000 })
}
