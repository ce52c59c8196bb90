import { readFileSync } from 'node:fs'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { apiCodes, leakedCodes, settle, signInAs, type Codes } from './codes'

/**
 * Every route of the portal, signed out and as each demo role, in Chinese and English: no enum code, region code,
 * technical-field code or API field name reaches the rendered text. The routes come from the router itself, so a
 * new page is checked without anyone remembering to add it here.
 */
const ROLES: Record<string, string | null> = {
  visitor: null,
  operator: process.env.HENGQIAO_OPERATOR_EMAIL ?? 'operator@hengqiao.demo',
  broker: 'broker@hengqiao.demo',
  tto: 'tto@usc.hengqiao.demo',
  enterprise: 'admin@hygear.hengqiao.demo',
}

/** The router's paths, children joined to their parent; parameters resolved per role below. */
function routerPaths(): string[] {
  const source = readFileSync(new URL('../src/router/index.ts', import.meta.url), 'utf8')
  const paths: string[] = []
  let parent = ''
  for (const match of source.matchAll(/path: '([^']*)'|children: \[|^\s{2}\},?$/gm)) {
    if (match[0].startsWith('children')) {
      parent = paths.at(-1) ?? ''
    } else if (match[1] !== undefined) {
      const path = match[1]
      if (path.startsWith('/')) {
        parent = ''
        paths.push(path)
      } else if (path !== '') {
        paths.push(`${parent}/${path}`)
      }
    }
  }
  return [...new Set(paths)].filter((path) => !path.includes('pathMatch'))
}

async function firstId(request: APIRequestContext, url: string, pick: (body: unknown) => number | undefined) {
  const response = await request.get(url)
  return response.ok() ? pick(await response.json()) : undefined
}

/** Ids the signed-in page (its cookies) may open: a published need and result, and the role's deal and conversation. */
async function ids(page: Page): Promise<Record<string, number | undefined>> {
  const request = page.request
  const hit = (body: unknown) => (body as { items?: { id: number }[] }).items?.[0]?.id
  return {
    needs: await firstId(request, '/api/v1/search?kind=NEED', hit),
    results: await firstId(request, '/api/v1/search?kind=RESULT', hit),
    deals: await firstId(request, '/api/v1/deals', (body) => (body as { id: number }[])[0]?.id),
    inbox: await firstId(request, '/api/v1/conversations', (body) => (body as { conversations?: { id: number }[] }).conversations?.[0]?.id),
  }
}

function concrete(path: string, known: Record<string, number | undefined>): string | undefined {
  if (!path.includes(':')) return path
  const base = path.split('/')[1] ?? ''
  const id = known[base]
  if (id === undefined || path.split(':').length > 2) return undefined
  return path.replace(/:id(\([^)]*\))?/, String(id)).replace(/\/edit$/, '/edit')
}

let codes: Codes

test.beforeAll(async ({ request }) => {
  codes = await apiCodes(request)
})

for (const [role, email] of Object.entries(ROLES)) {
  for (const language of ['zh-CN', 'en'] as const) {
    test(`no codes on any route: ${role}, ${language}`, async ({ page }, testInfo) => {
      test.setTimeout(600_000)
      await page.addInitScript((locale) => window.localStorage.setItem('hengqiao.locale', locale), language)
      if (email) await signInAs(page, email)
      const known = await ids(page)
      const leaks: string[] = []
      for (const path of routerPaths()) {
        const url = concrete(path, known)
        if (url === undefined) {
          testInfo.annotations.push({ type: 'skipped route', description: `${path}: no id for ${role}` })
          continue
        }
        await page.goto(url)
        await settle(page)
        const found = await leakedCodes(page, codes)
        if (found.length > 0) leaks.push(`${url}: ${found.join(', ')}`)
      }
      expect(leaks, `codes rendered for ${role} in ${language}`).toEqual([])
    })
  }
}
