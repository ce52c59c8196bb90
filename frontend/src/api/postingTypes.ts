/** Shapes of the search, matching and posting-detail endpoints, exactly as the backend serialises them. */
import type { Amount, CooperationMode, OrganisationType, PostingKind } from './types'

export type MaturityStage = 'LABORATORY' | 'PILOT' | 'INDUSTRIALISED'
export type SearchSort = 'RELEVANCE' | 'NEWEST' | 'AMOUNT_DESC' | 'AMOUNT_ASC'
export type PostingStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'REJECTED'
  | 'PUBLISHED'
  | 'IN_NEGOTIATION'
  | 'CLOSED'
  | 'WITHDRAWN'
  | 'EXPIRED'
export type PostingAction = 'EDIT' | 'SUBMIT' | 'APPROVE' | 'REJECT' | 'WITHDRAW' | 'NEGOTIATE' | 'CLOSE'
export type ContactVisibility = 'PUBLIC' | 'VERIFIED_ORGANISATIONS' | 'BROKERS_ONLY'
export type IpType = 'INVENTION' | 'UTILITY_MODEL' | 'DESIGN' | 'SOFTWARE_COPYRIGHT'
export type IpStatus = 'APPLIED' | 'GRANTED' | 'EXPIRED'

export interface SearchItem {
  id: number
  kind: PostingKind
  title: string
  /** Escaped title with matched words in `<em>`. */
  titleHighlighted: string
  snippet: string
  /** The owning organisation, to tell the viewer's own postings apart. */
  organisationId: number
  organisationName: string
  organisationType: OrganisationType
  fieldCode: string | null
  fieldParentCode: string | null
  clusters: string[]
  cooperationModes: CooperationMode[]
  regionCode: string
  trl: number | null
  stage: MaturityStage | null
  negotiable: boolean
  minYuan: number | null
  maxYuan: number | null
  publishedAt: string | null
  keywords: string[]
}

export interface FacetValue {
  value: string
  count: number
}

export interface SearchPage {
  total: number
  items: SearchItem[]
  facets: Record<string, FacetValue[]>
  next: string | null
  noMatches: boolean
  relaxation: { relaxed: boolean; removableFilters: string[]; totalWithoutFilters: number; semantic: SearchItem[] } | null
}

export interface Suggestion {
  text: string
  type: 'TITLE' | 'KEYWORD'
  postingId: number | null
  kind: PostingKind | null
}

export type CriterionName =
  | 'COOPERATION_MODE'
  | 'INDUSTRY_CLUSTER'
  | 'TECHNICAL_FIELD'
  | 'MATURITY'
  | 'PRICE_BUDGET'
  | 'REGION'
export type CriterionStatus = 'MET' | 'CONFLICTING' | 'UNKNOWN'

export interface Criterion {
  name: CriterionName
  status: CriterionStatus
  needValue: string | null
  resultValue: string | null
  factor: number
}

export interface ScoreParts {
  lexical: number | null
  lexicalNormalised: number
  semantic: number | null
  semanticNormalised: number
  fused: number
  fieldAffinity: number
  relevance: number
  compatibility: number
  total: number
}

export interface MatchExplanationData {
  sharedTerms: string[]
  sourceHighlighted: string
  titleHighlighted: string
  textHighlighted: string[]
  semanticSimilarity: number | null
  criteria: Criterion[]
  score: ScoreParts
}

/** How strong a match is: STRONG, GOOD and FAIR are shown; WEAK ones wait behind "show more". */
export type MatchBand = 'STRONG' | 'GOOD' | 'FAIR' | 'WEAK'

export interface Match {
  rank: number
  id: number
  kind: PostingKind
  title: string
  /** The owning organisation, to tell the viewer's own postings apart (null from the broker's workbench). */
  organisationId: number | null
  organisationName: string
  organisationType: OrganisationType
  fieldCode: string | null
  clusters: string[]
  cooperationModes: CooperationMode[]
  regionCode: string
  trl: number | null
  stage: MaturityStage | null
  negotiable: boolean
  minYuan: number | null
  maxYuan: number | null
  publishedAt: string | null
  score: number
  /** Calibrated match strength, 0–100 (docs/api.md): the share of matches this strong found relevant. */
  strength: number
  band: MatchBand
  explanation: MatchExplanationData
}

export interface MatchList {
  sourceId: number | null
  sourceKind: PostingKind | null
  targetKind: PostingKind
  sourceTitleHighlighted: string
  matches: Match[]
}

export interface Named {
  code: string
  name: string
}

export interface FieldNode {
  code: string
  name: string
  children: FieldNode[]
}

export interface Maturity {
  trl: number | null
  stage: MaturityStage | null
}

export interface Contact {
  name: string
  phone: string | null
  email: string | null
}

export interface IpRight {
  number: string
  type: IpType
  status: IpStatus
}

export interface TeamMember {
  name: string
  title: string | null
  inventor: boolean
}

export interface PostingView {
  id: number
  kind: PostingKind
  status: PostingStatus
  version: number
  title: string
  field: { code: string; name: string; parentCode: string | null; parentName: string | null }
  clusters: Named[]
  keywords: string[]
  cooperationModes: CooperationMode[]
  amount: Amount
  region: Named
  organisation: { id: number; name: string; type: OrganisationType; verified: boolean }
  contactVisibility: ContactVisibility
  contact: Contact | null
  contactRestricted: ContactVisibility | null
  attachments: { id: number; fileName: string; contentType: string; sizeBytes: number; uploadedAt: string }[]
  allowedActions: PostingAction[]
  rejectionReason: string | null
  outcome: 'MATCHED' | 'CANCELLED' | null
  createdAt: string
  updatedAt: string
  submittedAt: string | null
  publishedAt: string | null
  closedAt: string | null
  /** The confidential part: present for the owner's members only (the other side reads it in a conversation). */
  confidentialDetails?: string | null
}

export interface NeedView extends PostingView {
  description: string
  deadline: string
  maturityAsked: Maturity | null
}

export interface ResultView extends PostingView {
  abstractText: string
  maturity: Maturity | null
  patents: IpRight[]
  team: TeamMember[]
  applicationScenarios: string[]
  externalId: string | null
  discipline: string | null
}

export type PostingDetail = NeedView | ResultView

interface DraftCommon {
  version: number | null
  title: string
  fieldCode: string
  clusters: string[]
  keywords: string[]
  cooperationModes: CooperationMode[]
  regionCode: string
  contact: Contact
  contactVisibility: ContactVisibility
}

export interface NeedDraft extends DraftCommon {
  description: string
  budget: Amount
  deadline: string
  maturityAsked: Maturity | null
}

export interface ResultDraft extends DraftCommon {
  abstractText: string
  price: Amount
  maturity: Maturity
  patents: IpRight[]
  team: TeamMember[]
  applicationScenarios: string[]
  externalId: string | null
}
