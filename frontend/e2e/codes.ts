import { expect, type APIRequestContext, type Page } from '@playwright/test'

/**
 * What must never reach a reader, derived from the API itself (its OpenAPI document and catalogue), not a hand
 * list: enum codes ("NONFERROUS_METALS", "PENDING"), technical-field codes ("ENV.WATER"), region codes ("430482")
 * and the API's property names ("fieldCode", "regionCode").
 */
export interface Codes {
  enums: Set<string>
  fields: Set<string>
  regions: Set<string>
  properties: Set<string>
}

/** Acronyms readers do use; an enum value spelled like one is no leak. */
const WORDS = new Set(['NDA', 'PDF', 'TRL', 'TTO', 'SME', 'API', 'URL', 'QR'])

function walk(node: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item) => walk(item, visit))
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      visit(key, value)
      walk(value, visit)
    }
  }
}

interface FieldNode {
  code: string
  children?: FieldNode[]
}

export async function apiCodes(request: APIRequestContext): Promise<Codes> {
  const docs = await (await request.get('/v3/api-docs')).json()
  const enums = new Set<string>()
  const properties = new Set<string>()
  walk(docs, (key, value) => {
    if (key === 'enum' && Array.isArray(value)) {
      for (const item of value) {
        // Codes are upper case; an enum value of one short word ("NEED") is still a code in running text.
        if (typeof item === 'string' && /^[A-Z][A-Z0-9_]{2,}$/.test(item) && !WORDS.has(item)) enums.add(item)
      }
    }
    if (key === 'properties' && value && typeof value === 'object') {
      // camelCase names only: single words ("title") are ordinary words too.
      for (const name of Object.keys(value)) if (/^[a-z]+[A-Z][A-Za-z0-9]*$/.test(name)) properties.add(name)
    }
  })
  const fields = new Set<string>()
  const tree: FieldNode[] = await (await request.get('/api/v1/catalogue/fields')).json()
  walk(tree, (key, value) => {
    if (key === 'code' && typeof value === 'string' && value.length > 3) fields.add(value)
  })
  for (const cluster of await (await request.get('/api/v1/catalogue/clusters')).json()) enums.add(cluster.code)
  const regions = new Set<string>()
  for (const region of await (await request.get('/api/v1/regions?within=430400')).json()) regions.add(region.code)
  regions.add('430400')
  expect(enums.size, 'enum codes found in the API document').toBeGreaterThan(20)
  expect(properties.size, 'property names found in the API document').toBeGreaterThan(20)
  expect(fields.size, 'technical-field codes in the catalogue').toBeGreaterThan(10)
  expect(regions.size, 'Hengyang region codes').toBeGreaterThan(5)
  return { enums, fields, regions, properties }
}

/** Waits until the page has loaded what it shows: no request in flight, no skeleton left. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
}

/** The codes among the page's rendered text, its title and its labels for assistive technology. */
export async function leakedCodes(page: Page, codes: Codes): Promise<string[]> {
  const text = await page.evaluate(() => {
    const labels = Array.from(document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')).flatMap((element) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? ''),
    )
    return [document.title, document.body.innerText, ...labels].join('\n')
  })
  const found = new Set<string>()
  for (const token of text.match(/[A-Z][A-Z0-9_]*(?:\.[A-Z0-9_]+)*/g) ?? []) {
    if (codes.enums.has(token) || codes.fields.has(token)) found.add(token)
  }
  for (const token of text.match(/(?<!\d)\d{6}(?!\d)/g) ?? []) if (codes.regions.has(token)) found.add(token)
  for (const token of text.match(/(?<![A-Za-z])[a-z]+[A-Z][A-Za-z0-9]*/g) ?? []) {
    if (codes.properties.has(token)) found.add(token)
  }
  return [...found]
}

export const DEMO_PASSWORD = process.env.HENGQIAO_DEMO_PASSWORD ?? 'Hengqiao-demo-2026'

/** Signs in through the form and waits to leave it (each role lands on its own page). */
export async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/login')
  await page.locator('#login-email').fill(email)
  await page.locator('#login-password').fill(DEMO_PASSWORD)
  await page.locator('#login-password').press('Enter')
  await expect(page).not.toHaveURL(/\/login/)
}
