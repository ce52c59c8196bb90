import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { sessionApi } from '@/api/endpoints'
import type { Role, Session } from '@/api/types'

const ANONYMOUS: Session = {
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

/**
 * Who is signed in, shared by the header, the route guards and every page that acts for an organisation.
 * Loading the session also makes the server set the XSRF-TOKEN cookie that later writes need.
 */
export const useSessionStore = defineStore('session', () => {
  const session = ref<Session>(ANONYMOUS)
  /** True once the first answer (or failure) arrived: until then the header shows neither state. */
  const loaded = ref(false)
  let pending: Promise<void> | undefined

  const authenticated = computed(() => session.value.authenticated)
  const roles = computed(() => session.value.roles)
  const displayName = computed(() => session.value.displayName ?? '')
  const organisationId = computed(() => session.value.organisationId)
  const isOperator = computed(() => roles.value.includes('OPERATOR'))
  const isOrgAdmin = computed(() => roles.value.includes('ORG_ADMIN'))
  const isPendingMember = computed(() => session.value.membershipStatus === 'PENDING')

  function hasRole(role: Role): boolean {
    return roles.value.includes(role)
  }

  async function refresh(): Promise<void> {
    try {
      session.value = await sessionApi.current()
    } catch {
      // Unreachable server: treat the visitor as anonymous; pages that need data show their own errors.
      session.value = ANONYMOUS
    } finally {
      loaded.value = true
    }
  }

  /** Resolves when the session is known, loading it once if nobody has yet. */
  function ready(): Promise<void> {
    pending ??= refresh()
    return pending
  }

  /** Throws the server's ApiError (401 wrong credentials, 429 locked) for the form to show. */
  async function signIn(email: string, password: string): Promise<void> {
    session.value = await sessionApi.signIn(email, password)
    loaded.value = true
  }

  async function signOut(): Promise<void> {
    try {
      await sessionApi.signOut()
    } finally {
      session.value = ANONYMOUS
      // A fresh anonymous session brings a fresh CSRF token for the next sign-in.
      await refresh()
    }
  }

  return {
    session,
    loaded,
    authenticated,
    roles,
    displayName,
    organisationId,
    isOperator,
    isOrgAdmin,
    isPendingMember,
    hasRole,
    ready,
    refresh,
    signIn,
    signOut,
  }
})
