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

export interface Session {
  authenticated: boolean
  displayName: string | null
  roles: string[]
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
  errors?: FieldError[]
}
