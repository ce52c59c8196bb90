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
    /** Sign-in and registration: someone already signed in goes to their organisation instead. */
    guestOnly?: boolean
  }
}

// Pages are added together with their features; each is its own lazily loaded chunk.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/pages/HomePage.vue') },
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
    path: '/org',
    name: 'organisation',
    component: () => import('@/pages/OrganisationPage.vue'),
    meta: { titleKey: 'org.title', requiresAuth: true },
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
    ],
  },
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('@/pages/ForbiddenPage.vue'),
    meta: { titleKey: 'forbidden.title' },
  },
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

installGuards(router)
