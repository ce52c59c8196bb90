import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { OPERATOR_EMAIL, OPERATOR_PASSWORD } from './support'

/**
 * axe-core over every route of the portal, signed out and as each demo role: no critical or serious violation
 * (WCAG 2.1 A and AA rules). Routes are the fixed list below plus every link the header offers the role, so a page
 * added to the navigation is checked without editing this file.
 */

const DEMO_PASSWORD = 'Hengqiao-demo-2026'

type Role = { name: string; email: string; password: string; routes: string[] }

const ROLES: Role[] = [
  {
    name: 'enterprise',
    email: 'admin@hygear.hengqiao.demo',
    password: DEMO_PASSWORD,
    routes: ['/org', '/post/need', '/inbox', '/deals', '/notifications', '/account/subscriptions', '/account/password'],
  },
  { name: 'tto', email: 'tto@usc.hengqiao.demo', password: DEMO_PASSWORD, routes: ['/tto', '/post/result', '/inbox'] },
  { name: 'broker', email: 'broker@hengqiao.demo', password: DEMO_PASSWORD, routes: ['/broker', '/notifications'] },
  {
    name: 'operator',
    email: OPERATOR_EMAIL,
    password: OPERATOR_PASSWORD,
    routes: ['/admin/verifications', '/admin/moderation', '/admin/audit'],
  },
]

async function firstPosting(page: Page, kind: 'NEED' | 'RESULT'): Promise<string> {
  const answer = await page.request.get(`/api/v1/search?kind=${kind}&size=1`)
  expect(answer.ok()).toBe(true)
  const { items } = (await answer.json()) as { items: { id: number }[] }
  expect(items.length, `a published ${kind} in the demo data`).toBeGreaterThan(0)
  return `/${kind === 'NEED' ? 'needs' : 'results'}/${items[0]!.id}`
}

async function signInThroughApi(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/')
  await page.request.get('/api/v1/session')
  const cookies = await page.context().cookies()
  const token = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? ''
  const answer = await page.request.post('/api/v1/session', {
    data: { email, password },
    headers: { 'X-XSRF-TOKEN': token },
  })
  expect(answer.ok(), `signing in as ${email}`).toBe(true)
}

/** Same-origin pages the header links to (menus included), without query strings. */
async function headerRoutes(page: Page): Promise<string[]> {
  await page.goto('/')
  await page.locator('.app-header').waitFor()
  const hrefs = await page.locator('.app-header a[href^="/"]').evaluateAll((links) =>
    links.map((link) => link.getAttribute('href') ?? ''),
  )
  return hrefs.filter((href) => href !== '' && !href.includes('?'))
}

/** The critical and serious violations on one route, as "rule (impact): elements". */
async function violationsOn(page: Page, route: string): Promise<string[]> {
  await page.goto(route)
  await page.locator('main').waitFor()
  // Let the page load its data (skeletons are not what people read).
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 })
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const blocking = violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  return blocking.map((violation) => `${route} ${violation}`)
}

/** Checks every route before failing, so one run lists everything to fix. */
async function expectAccessible(page: Page, routes: Iterable<string>): Promise<void> {
  const found: string[] = []
  for (const route of routes) found.push(...(await violationsOn(page, route)))
  expect(found).toEqual([])
}

test('every public page has no critical or serious accessibility violation', async ({ page }) => {
  test.setTimeout(240_000)
  const routes = [
    '/',
    '/search',
    '/search?q=%E5%BA%9F%E6%B0%B4',
    '/try',
    '/login',
    '/register',
    '/terms',
    '/privacy',
    '/password-reset',
    '/no-such-page',
    await firstPosting(page, 'NEED'),
    await firstPosting(page, 'RESULT'),
  ]
  await expectAccessible(page, new Set([...routes, ...(await headerRoutes(page))]))
})

for (const role of ROLES) {
  test(`every page of the ${role.name} has no critical or serious accessibility violation`, async ({ page }) => {
    test.setTimeout(240_000)
    await signInThroughApi(page, role.email, role.password)
    await expectAccessible(page, new Set([...role.routes, ...(await headerRoutes(page))]))
  })
}
