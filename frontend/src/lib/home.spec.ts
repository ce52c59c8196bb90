import { describe, expect, it } from 'vitest'
import { aSession } from '@/test/helpers'
import { homeFor, postingKindFor } from './home'

describe('home per role', () => {
  it('lands each role on its own home', () => {
    expect(homeFor(aSession({ roles: ['OPERATOR'], organisationId: null, organisationType: null }))).toBe('/workspace')
    expect(homeFor(aSession({ roles: ['MEMBER', 'BROKER'], organisationType: 'SERVICE_AGENCY' }))).toBe('/broker')
    expect(homeFor(aSession())).toBe('/workspace')
    expect(homeFor(aSession({ organisationType: 'UNIVERSITY' }))).toBe('/workspace')
    expect(homeFor(aSession({ roles: [], membershipStatus: 'PENDING' })), 'waiting to join').toBe('/org')
    expect(homeFor(aSession({ roles: [], organisationId: null, organisationType: null }))).toBe('/org')
  })

  it('offers results to universities and institutes and needs to the others', () => {
    expect(postingKindFor(aSession({ organisationType: 'UNIVERSITY' }))).toBe('RESULT')
    expect(postingKindFor(aSession({ organisationType: 'RESEARCH_INSTITUTE' }))).toBe('RESULT')
    expect(postingKindFor(aSession({ organisationType: 'ENTERPRISE' }))).toBe('NEED')
    expect(postingKindFor(aSession({ roles: ['OPERATOR'], organisationId: null, organisationType: null }))).toBeNull()
    expect(postingKindFor(aSession({ roles: [], membershipStatus: 'PENDING' }))).toBeNull()
  })
})
