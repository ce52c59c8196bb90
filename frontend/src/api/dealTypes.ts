import type { InterestStatus } from './connectTypes'
import type { Match } from './postingTypes'
import type { CooperationMode, PostingKind } from './types'

export const DEAL_STAGES = [
  'CONTACTED',
  'NDA_SIGNED',
  'NEGOTIATING',
  'CONTRACT_SIGNED',
  'IN_EXECUTION',
  'COMPLETED',
  'LOST',
  'DISPUTED',
  'VOIDED',
] as const
export type DealStage = (typeof DEAL_STAGES)[number]

export const CONTRACT_TYPES = ['DEVELOPMENT', 'TRANSFER', 'LICENSING', 'CONSULTING', 'SERVICE'] as const
export type ContractType = (typeof CONTRACT_TYPES)[number]

export type PartyRole = 'CLIENT' | 'CONTRACTOR' | 'INTERMEDIARY'

export interface ContractParty {
  role: PartyRole
  name: string
}

export interface Contract {
  valueYuan: number | null
  cooperationMode: CooperationMode | null
  signedOn: string | null
  title: string | null
  type: ContractType | null
  parties: ContractParty[]
}

/** What the caller may do with a deal now; the portal offers only these. */
export type DealAction =
  | 'CONFIRM_DEAL'
  | 'PROPOSE'
  | 'CONFIRM_PROPOSAL'
  | 'REJECT_PROPOSAL'
  | 'MARK_LOST'
  | 'DISPUTE'
  | 'VOID'

export type DealSide = 'DEMAND' | 'SUPPLY'

/** A stage proposed by one side (or the deal's broker), waiting for the other side's confirmation. */
export interface DealProposal {
  stage: DealStage
  proposedBy: number
  proposedByName: string
  demandAgreed: boolean
  supplyAgreed: boolean
  /** The terms to sign, when the contract is proposed. */
  contract: Contract | null
  proposedAt: string
}

export interface Deal {
  id: number
  version: number
  stage: DealStage
  need: { id: number; title: string; status: string } | null
  result: { id: number; title: string; status: string } | null
  demandOrganisation: { id: number; name: string }
  supplyOrganisation: { id: number; name: string }
  conversationId: number | null
  broker: { accountId: number; name: string } | null
  /** Both sides confirmed the deal; until then it binds nobody. */
  confirmed: boolean
  demandConfirmed: boolean
  supplyConfirmed: boolean
  /** The caller's side, if they are a member of one. */
  side: DealSide | null
  proposal: DealProposal | null
  lostReason: string | null
  /** Why it was disputed or voided. */
  endReason: string | null
  contract: Contract | null
  createdAt: string
  updatedAt: string
  /** The stages the caller may propose now (and LOST when they may walk away). */
  nextStages: DealStage[]
  actions: DealAction[]
}

export interface StageChange {
  stage: DealStage
  version: number
  contract?: Contract
  reason?: string
  note?: string
}

export interface StageChangeEntry {
  id: number
  actorAccountId: number
  actorName: string
  from: DealStage | null
  to: DealStage
  /** A consent step (the stage it is about in `to`), or null for a stage change. */
  action: 'CONFIRMED' | 'PROPOSED' | 'PROPOSAL_AGREED' | 'PROPOSAL_REJECTED' | null
  details: string | null
  occurredAt: string
}

export type SubjectType = 'NEED' | 'RESULT' | 'CONVERSATION' | 'DEAL'

export interface Assignment {
  id: number
  brokerAccountId: number
  brokerName: string
  agencyOrganisationId: number
  agencyName: string
  subjectType: SubjectType
  subjectId: number
  subjectTitle: string | null
  assignedAt: string
}

export type BrokerRequestStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN'

/** An organisation's request for a broker's help; brokerAccountId null: any broker, an operator assigns one. */
export interface BrokerRequest {
  id: number
  subjectType: SubjectType
  subjectId: number
  subjectTitle: string | null
  requesterOrganisationId: number
  requesterOrganisationName: string
  brokerAccountId: number | null
  brokerName: string | null
  message: string
  status: BrokerRequestStatus
  createdAt: string
  answeredAt: string | null
}

export interface BrokerPerson {
  accountId: number
  displayName: string
  organisationId: number | null
}

export interface FollowUp {
  id: number
  brokerAccountId: number
  agencyOrganisationId: number
  subjectType: SubjectType
  subjectId: number
  note: string
  dueOn: string
  createdAt: string
  doneAt: string | null
  overdue: boolean
  overdueFlaggedAt: string | null
}

export interface WorkbenchItem {
  assignment: Assignment
  posting: { id: number; kind: PostingKind; title: string; organisationName: string; status: string } | null
  matches: Match[]
  matchesAvailable: boolean
}

export interface Workbench {
  items: WorkbenchItem[]
  conversations: Assignment[]
  followUps: FollowUp[]
  deals: Deal[]
}

/** A broker's introduction: whose interest it is and what the other side reads. */
export interface IntroductionRequest {
  needId: number
  resultId: number
  onBehalfOf: PostingKind
  message: string
}

/** The expression of interest an introduction created (the connect module's view, as far as the workbench needs it). */
export interface IntroducedInterest {
  id: number
  status: string
  introducedBy: { accountId: number; displayName: string } | null
}

/** What a posting means to the viewer's organisation (GET /api/v1/postings/{id}/relation). */
export interface PostingRelation {
  postingId: number
  own: boolean
  interest: { id: number; status: InterestStatus } | null
  conversationId: number | null
  deal: { id: number; stage: DealStage; confirmed: boolean } | null
  mayExpressInterest: boolean
  mayOpenDeal: boolean
}
