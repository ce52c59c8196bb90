import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { vi } from 'vitest'
import { defineComponent, type Component } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Amount, Cluster, Page, PostingKind, PostingSummary } from '@/api/types'
import { i18n } from '@/i18n'
import { routes } from '@/router'

const Blank = defineComponent({ template: '<div />' })

/** The real routes plus stand-ins for routes whose pages do not exist yet. */
export function createTestRouter() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [...routes.filter((r) => r.path !== '/try'), { path: '/try', name: 'try', component: Blank }],
  })
}

export async function mountWithApp<C extends Component>(component: C, options: ComponentMountingOptions<C> = {}) {
  const router = createTestRouter()
  await router.push('/')
  await router.isReady()
  const wrapper = mount(component, {
    ...options,
    global: { plugins: [createPinia(), i18n, router], ...options.global },
  } as ComponentMountingOptions<C>)
  return { wrapper, router }
}

type Reply = unknown | (() => Response)

export function json(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

/** Stubs fetch, answering by URL path (query ignored); unknown paths answer 404. */
export function stubApi(replies: Record<string, Reply>) {
  const fetchMock = vi.fn<typeof fetch>(async (input) => {
    const path = new URL(String(input), 'http://localhost').pathname
    if (!(path in replies)) return json({ type: 'about:blank', title: 'Not Found', status: 404 }, 404)
    const reply = replies[path]
    return typeof reply === 'function' ? (reply as () => Response)() : json(reply)
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
