import type { Conversation } from '@/api/connectTypes'
import type { DealOpening } from '@/api/dealEndpoints'

/**
 * The deal a conversation heads for: a need and a result when the interested side offered a posting of the other
 * kind, else the posting talked about with the interested organisation as the other side; linked to the conversation.
 */
export function dealOpening(conversation: Conversation): DealOpening {
  const offered = conversation.offeredPosting
  const pair = offered && offered.kind !== conversation.posting.kind ? offered : null
  const opening: DealOpening = { conversationId: conversation.id }
  for (const posting of pair ? [conversation.posting, pair] : [conversation.posting]) {
    if (posting.kind === 'NEED') opening.needId = posting.id
    else opening.resultId = posting.id
  }
  if (!pair) opening.counterpartOrganisationId = conversation.interestedOrganisation.id
  return opening
}
