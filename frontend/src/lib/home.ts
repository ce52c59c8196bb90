import type { OrganisationType, Session } from '@/api/types'

/** Universities and institutes offer results (成果); every other organisation posts needs (需求). */
const RESULT_POSTERS: ReadonlySet<OrganisationType> = new Set(['UNIVERSITY', 'RESEARCH_INSTITUTE'])

/** The posting a member of this organisation is offered in the header and on their home; none without one. */
export function postingKindFor(session: Session): 'NEED' | 'RESULT' | null {
  if (!session.authenticated || session.organisationId === null || session.membershipStatus === 'PENDING') return null
  if (!session.roles.includes('MEMBER')) return null
  return session.organisationType !== null && RESULT_POSTERS.has(session.organisationType) ? 'RESULT' : 'NEED'
}

/**
 * Where each person lands after sign-in: brokers on their workbench, operators and organisation members on their
 * workspace, someone without an organisation (or still waiting to join one) on the organisation page.
 */
export function homeFor(session: Session): string {
  if (session.roles.includes('OPERATOR')) return '/workspace'
  if (session.roles.includes('BROKER')) return '/broker'
  return postingKindFor(session) === null ? '/org' : '/workspace'
}
