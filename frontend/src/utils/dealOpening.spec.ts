import { describe, expect, it } from 'vitest'
import type { Conversation } from '@/api/connectTypes'
import { dealOpening } from './dealOpening'

const base = {
  id: 7,
  interestId: 3,
  posting: { id: 11, kind: 'RESULT', title: '成果' },
  offeredPosting: null,
  ownerOrganisation: { id: 1, name: '南华大学' },
  interestedOrganisation: { id: 2, name: '衡阳某企业' },
  myOrganisationId: 2,
} as unknown as Conversation

describe('dealOpening', () => {
  it('pairs the posting talked about with the offered posting of the other kind', () => {
    const conversation = { ...base, offeredPosting: { id: 21, kind: 'NEED', title: '需求' } } as Conversation
    expect(dealOpening(conversation)).toEqual({ conversationId: 7, needId: 21, resultId: 11 })
  })

  it('names the interested organisation as the other side of a single posting', () => {
    expect(dealOpening(base)).toEqual({ conversationId: 7, resultId: 11, counterpartOrganisationId: 2 })
  })
})
