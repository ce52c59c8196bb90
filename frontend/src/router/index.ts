import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { MessageSchema } from '@/i18n'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page name shown in the browser tab; the home page uses the platform title. */
    titleKey?: `${keyof MessageSchema & string}.title`
  }
}

// Pages are added together with their features; each is its own lazily loaded chunk.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/pages/HomePage.vue') },
  // --- Search, posting detail, matching and posting forms (branch portal-search) ---
  { path: '/search', name: 'search', component: () => import('@/pages/SearchPage.vue'), meta: { titleKey: 'search.title' } },
  {
    path: '/needs/:id(\\d+)',
    name: 'need',
    component: () => import('@/pages/PostingDetailPage.vue'),
    props: (route) => ({ kind: 'NEED', id: Number(route.params.id) }),
    meta: { titleKey: 'detail.title' },
  },
  {
    path: '/results/:id(\\d+)',
    name: 'result',
    component: () => import('@/pages/PostingDetailPage.vue'),
    props: (route) => ({ kind: 'RESULT', id: Number(route.params.id) }),
    meta: { titleKey: 'detail.title' },
  },
  { path: '/try', name: 'try', component: () => import('@/pages/TryPage.vue'), meta: { titleKey: 'try.title' } },
  {
    path: '/post/need',
    name: 'post-need',
    component: () => import('@/pages/PostFormPage.vue'),
    props: { kind: 'NEED' },
    meta: { titleKey: 'postForm.title' },
  },
  {
    path: '/post/result',
    name: 'post-result',
    component: () => import('@/pages/PostFormPage.vue'),
    props: { kind: 'RESULT' },
    meta: { titleKey: 'postForm.title' },
  },
  {
    path: '/needs/:id(\\d+)/edit',
    name: 'need-edit',
    component: () => import('@/pages/PostFormPage.vue'),
    props: (route) => ({ kind: 'NEED', id: Number(route.params.id) }),
    meta: { titleKey: 'postForm.title' },
  },
  {
    path: '/results/:id(\\d+)/edit',
    name: 'result-edit',
    component: () => import('@/pages/PostFormPage.vue'),
    props: (route) => ({ kind: 'RESULT', id: Number(route.params.id) }),
    meta: { titleKey: 'postForm.title' },
  },
  // --- end portal-search ---
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/pages/NotFoundPage.vue'),
    meta: { titleKey: 'notFound.title' },
  },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
})
