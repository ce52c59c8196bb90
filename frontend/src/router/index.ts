import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { Role } from '@/api/types'
import type { MessageSchema } from '@/i18n'
import { installGuards } from './guards'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page name shown in the browser tab; the home page uses the platform title. */
    titleKey?: `${keyof MessageSchema & string}.title`
    /** Anonymous visitors are sent to sign in first, and brought back afterwards. */
    requiresAuth?: boolean
    /** Any one of these roles lets a signed-in person in; others see the 403 page. */
    roles?: Role[]
    /** Sign-in and registration: someone already signed in goes to their home instead. */
    guestOnly?: boolean
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
    path: '/organisations/:id(\\d+)',
    name: 'organisation-public',
    component: () => import('@/pages/OrganisationPublicPage.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'orgPage.title' },
  },
  {
    path: '/workspace',
    name: 'workspace',
    component: () => import('@/pages/WorkspacePage.vue'),
    meta: { titleKey: 'workspace.title', requiresAuth: true },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/pages/LoginPage.vue'),
    meta: { titleKey: 'login.title', guestOnly: true },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('@/pages/RegisterPage.vue'),
    meta: { titleKey: 'register.title', guestOnly: true },
  },
  {
    path: '/terms',
    name: 'terms',
    component: () => import('@/pages/LegalPage.vue'),
    props: { kind: 'terms' },
    meta: { titleKey: 'legal.terms.title' },
  },
  {
    path: '/privacy',
    name: 'privacy',
    component: () => import('@/pages/LegalPage.vue'),
    props: { kind: 'privacy' },
    meta: { titleKey: 'legal.privacy.title' },
  },
  {
    path: '/org',
    name: 'organisation',
    component: () => import('@/pages/OrganisationPage.vue'),
    meta: { titleKey: 'org.title', requiresAuth: true },
  },
  {
    path: '/tto',
    name: 'tto',
    component: () => import('@/pages/TtoPage.vue'),
    meta: { titleKey: 'tto.title', requiresAuth: true },
  },
  {
    path: '/account/password',
    name: 'password',
    component: () => import('@/pages/PasswordPage.vue'),
    meta: { titleKey: 'password.title', requiresAuth: true },
  },
  {
    // The operator console: each tab is a child route, so moderation and audit tabs slot in beside this one.
    path: '/admin',
    component: () => import('@/pages/AdminPage.vue'),
    meta: { titleKey: 'admin.title', requiresAuth: true, roles: ['OPERATOR'] },
    children: [
      { path: '', name: 'admin', redirect: { name: 'admin-verifications' } },
      {
        path: 'verifications',
        name: 'admin-verifications',
        component: () => import('@/pages/admin/VerificationQueuePage.vue'),
        meta: { titleKey: 'verifications.title' },
      },
      {
        path: 'moderation',
        name: 'admin-moderation',
        component: () => import('@/pages/admin/ModerationQueuePage.vue'),
        meta: { titleKey: 'moderation.title' },
      },
      {
        path: 'audit',
        name: 'admin-audit',
        component: () => import('@/pages/admin/AuditLogPage.vue'),
        meta: { titleKey: 'audit.title' },
      },
    ],
  },
  // --- Deals and the broker's workbench (branch deals) ---
  {
    path: '/deals',
    name: 'deals',
    component: () => import('@/pages/DealsPage.vue'),
    meta: { titleKey: 'deal.title', requiresAuth: true },
  },
  {
    path: '/deals/:id(\\d+)',
    name: 'deal',
    component: () => import('@/pages/DealDetailPage.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'deal.title', requiresAuth: true },
  },
  {
    path: '/broker',
    name: 'broker',
    component: () => import('@/pages/BrokerPage.vue'),
    meta: { titleKey: 'broker.title', requiresAuth: true, roles: ['BROKER', 'ORG_ADMIN', 'OPERATOR'] },
  },
  // --- end deals ---
  {
    path: '/saved',
    name: 'saved',
    component: () => import('@/pages/SavedPage.vue'),
    meta: { titleKey: 'follow.title', requiresAuth: true },
  },
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('@/pages/NotificationsPage.vue'),
    meta: { titleKey: 'notification.title', requiresAuth: true },
  },
  {
    path: '/account/subscriptions',
    name: 'subscriptions',
    component: () => import('@/pages/SubscriptionsPage.vue'),
    meta: { titleKey: 'subscription.title', requiresAuth: true },
  },
  {
    path: '/password-reset',
    name: 'password-reset',
    component: () => import('@/pages/PasswordResetRequestPage.vue'),
    meta: { titleKey: 'reset.title', guestOnly: true },
  },
  {
    path: '/password-reset/:token',
    name: 'password-reset-token',
    component: () => import('@/pages/PasswordResetPage.vue'),
    props: (route) => ({ token: String(route.params.token) }),
    meta: { titleKey: 'reset.title', guestOnly: true },
  },
  {
    path: '/unsubscribed',
    name: 'unsubscribed',
    component: () => import('@/pages/UnsubscribedPage.vue'),
    meta: { titleKey: 'notification.title' },
  },
  // --- Interests and conversations (branch connect) ---
  {
    path: '/inbox',
    name: 'inbox',
    component: () => import('@/pages/InboxPage.vue'),
    meta: { titleKey: 'connect.title', requiresAuth: true },
  },
  {
    path: '/inbox/:id(\\d+)',
    name: 'conversation',
    component: () => import('@/pages/ConversationPage.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'connect.title', requiresAuth: true },
  },
  // --- end connect ---
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('@/pages/StatusPage.vue'),
    props: { code: 403, messages: 'forbidden' },
    meta: { titleKey: 'forbidden.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/pages/StatusPage.vue'),
    props: { code: 404, messages: 'notFound' },
    meta: { titleKey: 'notFound.title' },
  },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
})

installGuards(router)
