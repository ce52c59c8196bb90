import type { Router } from 'vue-router'
import { homeFor } from '@/lib/home'
import { useSessionStore } from '@/stores/session'

/**
 * Access to pages by session: anonymous visitors go to sign in (with the page to return to), signed-in people
 * without the role see the 403 page. The server checks every call anyway; this only spares people dead ends.
 * Route meta is merged from parent to child, so an `/admin/…` tab inherits the console's roles.
 */
export function installGuards(router: Router): void {
  router.beforeEach(async (to) => {
    if (!to.meta.requiresAuth && !to.meta.guestOnly) return true
    const session = useSessionStore()
    await session.ready()
    if (to.meta.guestOnly) return session.authenticated ? homeFor(session.session) : true
    if (!session.authenticated) return { name: 'login', query: { redirect: to.fullPath } }
    const roles = to.meta.roles
    if (roles && !roles.some((role) => session.hasRole(role))) {
      return { name: 'forbidden', query: { from: to.fullPath } }
    }
    return true
  })
}
