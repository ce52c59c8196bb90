/** Shapes of the connect API (interests, conversations, NDAs), exactly as the backend serialises them. */
import type { PostingKind } from './types'

/** PROPOSED: a broker's introduction awaiting the introduced organisation's confirmation (the owner does not see it). */
export type InterestStatus = 'PROPOSED' | 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN'
export type InterestBox = 'received' | 'sent'

export interface PostingRef {
  id: number
  kind: PostingKind
  title: string
}

export interface OrganisationRef {
  id: number
  name: string
}

export interface Interest {
  id: number
  posting: PostingRef
  postingOrganisation: OrganisationRef
  interestedOrganisation: OrganisationRef
  offeredPosting: PostingRef | null
  message: string
  status: InterestStatus
  declineReason: string | null
  introducedBy: { accountId: number; displayName: string } | null
  conversationId: number | null
  createdAt: string
  answeredAt: string | null
}

export interface NewInterest {
  postingId: number
  message: string
  offeredPostingId: number | null
}

/** A file kept by the platform (message attachment or NDA); never its storage key. */
export interface StoredDocument {
  id: number
  fileName: string
  contentType: string
  sizeBytes: number
  sha256: string
  uploadedAt: string
}

export interface NdaAcceptance {
  ndaDocumentId: number
  sha256: string
  organisation: OrganisationRef
  acceptedBy: string
  acceptedAt: string
}

export interface NdaState {
  document: StoredDocument | null
  /** Whether the caller's side must accept `document` before reading the confidential details. */
  acceptanceRequired: boolean
  acceptances: NdaAcceptance[]
}

export interface Confidential {
  exists: boolean
  /** The details, when the caller may read them. */
  text: string | null
}

export interface Conversation {
  id: number
  interestId: number
  posting: PostingRef
  offeredPosting: PostingRef | null
  ownerOrganisation: OrganisationRef
  interestedOrganisation: OrganisationRef
  /** The caller's side; null for an overseeing broker. */
  myOrganisationId: number | null
  createdAt: string
  lastActivityAt: string
  nda: NdaState
  confidential: Confidential
  /** The interest's message that opened the conversation; null when it had none. */
  opening: ConversationOpening | null
}

export interface ConversationOpening {
  text: string
  sender: OrganisationRef
  senderName: string
  mine: boolean
  sentAt: string
}

export interface Message {
  id: number
  sender: OrganisationRef
  senderName: string
  mine: boolean
  text: string
  attachments: StoredDocument[]
  createdAt: string
  /** A read receipt: whether the organisation that did not send it has read it. */
  readByOtherSide: boolean
}

export interface InboxEntry {
  id: number
  posting: PostingRef
  otherOrganisation: OrganisationRef
  lastMessage: string | null
  lastActivityAt: string
  unread: number
}

export interface Inbox {
  unread: number
  conversations: InboxEntry[]
}
