import { flushPromises, mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { vi } from 'vitest'
import { defineComponent, type Component } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Amount, Cluster, Page, PostingKind, PostingSummary, Session } from '@/api/types'
import { i18n } from '@/i18n'
import { routes } from '@/router'
import { installGuards } from '@/router/guards'

const Blank = defineComponent({ template: '<div />' })

/** The real routes (with their guards) plus stand-ins for routes whose pages do not exist yet. */
export function createTestRouter() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [...routes.filter((r) => r.path !== '/try'), { path: '/try', name: 'try', component: Blank }],
  })
  installGuards(router)
  return router
}

/** Mounts with a fresh Pinia, the i18n instance and a router already at `path` (guards applied). */
export async function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> = {},
  path = '/',
) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createTestRouter()
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, {
    ...options,
    global: { plugins: [pinia, i18n, router], ...options.global },
  } as ComponentMountingOptions<C>)
  return { wrapper, router }
}

export const ANONYMOUS: Session = {
  authenticated: false,
  accountId: null,
  displayName: null,
  email: null,
  roles: [],
  organisationId: null,
  organisationName: null,
  organisationType: null,
  organisationVerified: false,
  membershipStatus: null,
}

/** A signed-in admin of an unverified enterprise, unless told otherwise. */
export function aSession(overrides: Partial<Session> = {}): Session {
  return {
    authenticated: true,
    accountId: 7,
    displayName: '王晓明',
    email: 'wang@hengyang-tools.cn',
    roles: ['MEMBER', 'ORG_ADMIN'],
    organisationId: 3,
    organisationName: '衡阳精工刀具有限公司',
    organisationType: 'ENTERPRISE',
    organisationVerified: false,
    membershipStatus: 'ACTIVE',
    ...overrides,
  }
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}): Response {
  return json({ type: 'about:blank', title, status, ...extra }, status, 'application/problem+json')
}

/** The JSON body the n-th call to `path` sent. */
export function sentBody(fetchMock: ReturnType<typeof stubApi>, path: string, n = 0): unknown {
  const calls = fetchMock.mock.calls.filter(([url]) => new URL(String(url), 'http://localhost').pathname === path)
  const body = calls[n]?.[1]?.body
  return typeof body === 'string' ? JSON.parse(body) : body
}

/** A JSON body, or a function of the request (method, body) that builds the response. */
type Reply = ((init: RequestInit) => Response) | object

export function json(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

/** Stubs fetch, answering by URL path (query ignored); unknown paths answer 404. */
export function stubApi(replies: Record<string, Reply>) {
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    const path = new URL(String(input), 'http://localhost').pathname
    if (!(path in replies)) return json({ type: 'about:blank', title: 'Not Found', status: 404 }, 404)
    const reply = replies[path]
    return typeof reply === 'function' ? (reply as (init: RequestInit) => Response)(init ?? {}) : json(reply)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** The options of the n-th fetch call. */
export function sentInit(fetchMock: ReturnType<typeof stubApi>, call = 0): RequestInit {
  return fetchMock.mock.calls[call]?.[1] ?? {}
}

export function aPosting(kind: PostingKind, id: number, overrides: Partial<PostingSummary> = {}): PostingSummary {
  const amount: Amount = { negotiable: false, minYuan: 500_000, maxYuan: 2_000_000 }
  return {
    id,
    kind,
    title: kind === 'NEED' ? `硬质合金刀具涂层工艺改进 ${id}` : `高熵合金粉末制备技术 ${id}`,
    summary: '面向衡阳有色金属产业链的共性技术难题。',
    organisationName: kind === 'NEED' ? '衡阳某硬质合金有限公司' : '南华大学',
    organisationType: kind === 'NEED' ? 'ENTERPRISE' : 'UNIVERSITY',
    clusters: [{ code: 'NONFERROUS_METALS', name: '有色金属' }],
    cooperationModes: ['JOINT_DEVELOPMENT'],
    amount,
    publishedAt: '2025-03-18T02:00:00Z',
    regionName: '衡阳市',
    ...overrides,
  }
}

export function aPage<T>(items: T[]): Page<T> {
  return { items, page: 0, size: 6, totalElements: items.length, totalPages: items.length ? 1 : 0 }
}

export const clusters: Cluster[] = [
  { code: 'NONFERROUS_METALS', name: '有色金属' },
  { code: 'POWER_EQUIPMENT', name: '输变电装备' },
]

/** Element Plus shows a form item's error 100 ms after it is set (a debounce): wait for it. */
export async function settle(): Promise<void> {
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 120))
  await flushPromises()
}
