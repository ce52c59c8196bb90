/** Shapes of the Hengqiao REST API (`/api/v1`), exactly as the backend serialises them. */

export type PostingKind = 'NEED' | 'RESULT'

export type OrganisationType =
  | 'ENTERPRISE'
  | 'UNIVERSITY'
  | 'RESEARCH_INSTITUTE'
  | 'SERVICE_AGENCY'
  | 'GOVERNMENT'

export type CooperationMode =
  | 'TRANSFER'
  | 'LICENCE'
  | 'JOINT_DEVELOPMENT'
  | 'COMMISSIONED_DEVELOPMENT'
  | 'TECHNICAL_SERVICE'
  | 'EQUITY'

export interface PlatformStats {
  publishedNeeds: number
  publishedResults: number
  organisations: number
  matchesMade: number
  /** The value of the technology contracts signed through the platform, in yuan. */
  contractValueYuan: number
  brokers: number
  /** Needs and results first published this calendar month (Hengyang's), still public. */
  newPostingsThisMonth: number
}

/** An industry cluster with its number of public needs and results; `name` in the request's language. */
export interface ClusterFigure {
  code: string
  name: string
  postings: number
}

/** An industry cluster of Hengyang; `name` arrives in the request's Accept-Language. */
export interface Cluster {
  code: string
  name: string
}

/** A budget (needs) or asking price (results) in whole CNY yuan. */
export interface Amount {
  negotiable: boolean
  minYuan: number | null
  maxYuan: number | null
}

export interface PostingSummary {
  id: number
  kind: PostingKind
  title: string
  summary: string
  organisationName: string
  organisationType: OrganisationType
  clusters: Cluster[]
  cooperationModes: CooperationMode[]
  amount: Amount
  /** ISO-8601 instant. */
  publishedAt: string
  regionName: string
}

export interface Page<T> {
  items: T[]
  page: number
  size: number
  totalElements: number
  totalPages: number
}

export type Role = 'MEMBER' | 'ORG_ADMIN' | 'BROKER' | 'OPERATOR'
export type MembershipStatus = 'PENDING' | 'ACTIVE'

/** Who is signed in; for a pending join request the organisation is the one asked to join. */
export interface Session {
  authenticated: boolean
  accountId: number | null
  displayName: string | null
  email: string | null
  roles: Role[]
  organisationId: number | null
  organisationName: string | null
  /** Which posting the portal offers: results for universities and institutes, needs for the others. */
  organisationType: OrganisationType | null
  organisationVerified: boolean
  membershipStatus: MembershipStatus | null
}

export type OrganisationSize = 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE'
export type VerificationStatus = 'UNVERIFIED' | 'PENDING' | 'VERIFIED' | 'REJECTED'

/** The organisation fields the registration form sends (`industry` is a GB/T 4754 section letter). */
export interface OrganisationForm {
  type: OrganisationType
  nameZh: string
  nameEn?: string
  creditCode: string
  regionCode: string
  industry?: string
  size?: OrganisationSize
  website?: string
  profile?: string
}

/** Exactly one of `organisation` and `joinCreditCode`. */
export interface RegistrationForm {
  email: string
  displayName: string
  phone?: string
  password: string
  organisation?: OrganisationForm
  joinCreditCode?: string
  /** The version of the terms and privacy policy the person accepted (LegalDocument.version). */
  acceptedTermsVersion?: string
}

export type LegalKind = 'terms' | 'privacy'

/** The terms of use or the privacy policy: `#`/`##` headings, `- ` list items, blank lines between paragraphs. */
export interface LegalDocument {
  kind: 'TERMS' | 'PRIVACY'
  version: string
  text: string
}

export interface Registered {
  accountId: number
  organisationId: number
  membershipStatus: MembershipStatus
}

export interface Named {
  code: string
  name: string
}

export interface OrganisationProfile {
  id: number
  type: OrganisationType
  name: string
  nameZh: string
  nameEn: string | null
  region: Named
  industry: Named | null
  size: OrganisationSize | null
  website: string | null
  profile: string | null
  verified: boolean
  version: number
}

export interface ProfileChange {
  version: number
  nameZh: string
  nameEn: string | null
  regionCode: string
  industry: string | null
  size: OrganisationSize | null
  website: string | null
  profile: string | null
}

export interface LicenceInfo {
  fileName: string
  contentType: string
  size: number
  sha256: string
  uploadedAt: string
}

export interface Verification {
  organisationId: number
  nameZh: string
  nameEn: string | null
  type: OrganisationType
  creditCode: string
  regionCode: string
  status: VerificationStatus
  rejectionReason: string | null
  requestedAt: string | null
  verifiedAt: string | null
  licence: LicenceInfo | null
  /** Who asked for verification and how to reach them; in the operators' queue only. */
  applicant?: Applicant | null
}

export interface Applicant {
  name: string
  email: string
  phone: string | null
}

export interface Member {
  accountId: number
  displayName: string
  email: string
  phone: string | null
  status: MembershipStatus
  roles: Role[]
  registeredAt: string
}

export interface Region {
  code: string
  parentCode: string | null
  level: string
  name: string
}

export interface FieldError {
  field: string
  message: string
}

/** RFC 9457 problem details, with Hengqiao's `errors` extension for validation failures. */
export interface ProblemDetail {
  type: string
  title: string
  status: number
  detail?: string
  instance?: string
  /** Hengqiao's stable problem code, e.g. `signInThrottled`, `tooManyRequests`, `concurrentEdit`. */
  code?: string
  errors?: FieldError[]
  /** 429: how many seconds to wait before trying again (also the `Retry-After` header). */
  retryAfterSeconds?: number
  /** 409 on a stale edit. */
  currentVersion?: number
}

/** What waits for an operator (`GET /operator/board`); failures count over the last 7 days. */
export interface OperatorBoard {
  verifications: number
  moderation: number
  disputedDeals: number
  overdueFollowUps: number
  failedEmails: number
  failedImports: number
}
