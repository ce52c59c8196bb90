import { currentLocale } from '@/i18n'
import type { FieldError, ProblemDetail } from './types'

/** A failed API call, carrying the server's RFC 9457 problem details (or one made up for network failures). */
export class ApiError extends Error {
  readonly status: number
  readonly problem: ProblemDetail
  /** Validation messages keyed by field name; several messages for one field are joined. */
  readonly fieldErrors: Readonly<Record<string, string>>

  constructor(problem: ProblemDetail) {
    super(problem.detail ?? problem.title)
    this.name = 'ApiError'
    this.status = problem.status
    this.problem = problem
    this.fieldErrors = groupFieldErrors(problem.errors ?? [])
  }

  /** True when the request never got an HTTP answer (offline, DNS, connection reset). */
  get isNetworkError(): boolean {
    return this.status === 0
  }
}

function groupFieldErrors(errors: FieldError[]): Record<string, string> {
  const byField: Record<string, string> = {}
  for (const { field, message } of errors) {
    const previous = byField[field]
    byField[field] = previous ? `${previous} ${message}` : message
  }
  return byField
}

type Query = Record<string, string | number | boolean | null | undefined>

export interface RequestOptions {
  query?: Query
  body?: unknown
  signal?: AbortSignal
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE'])
export const CSRF_COOKIE = 'XSRF-TOKEN'
export const CSRF_HEADER = 'X-XSRF-TOKEN'

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`
  const entry = document.cookie.split('; ').find((c) => c.startsWith(prefix))
  return entry === undefined ? undefined : decodeURIComponent(entry.slice(prefix.length))
}

/**
 * A visitor whose first request is a POST (a deep link to /try) has no CSRF cookie yet: any GET makes the server
 * set one, so ask for the session first.
 */
async function fetchCsrfToken(): Promise<string | undefined> {
  try {
    await fetch('/api/v1/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  } catch {
    // offline: the real request reports the failure
  }
  return readCookie(CSRF_COOKIE)
}

function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.append(key, String(value))
  }
  const search = params.toString()
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path
}

async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? ''
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<ProblemDetail>
      return new ApiError({
        ...body,
        type: body.type ?? 'about:blank',
        title: body.title ?? response.statusText,
        status: body.status ?? response.status,
      })
    } catch {
      // Malformed body: fall through to a problem built from the status line.
    }
  }
  return new ApiError({ type: 'about:blank', title: response.statusText || 'HTTP error', status: response.status })
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLocale(),
  }
  // Multipart bodies get their boundary from fetch itself.
  const multipart = options.body instanceof FormData
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json'
  if (!SAFE_METHODS.has(method)) {
    const token = readCookie(CSRF_COOKIE) ?? (await fetchCsrfToken())
    if (token) headers[CSRF_HEADER] = token
  }

  let response: Response
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    })
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail: String(cause) })
  }

  if (!response.ok) throw await toApiError(response)
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined as T
  return (await response.json()) as T
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
}
