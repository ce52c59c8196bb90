import { api } from './client'
import type { Confidential, Conversation, Inbox, Interest, InterestBox, InterestStatus, Message, NdaState, NewInterest, StoredDocument } from './connectTypes'
import { collectionOf } from './endpoints'
import type { PostingKind } from './types'

const BASE = '/api/v1'
const interest = (id: number) => `${BASE}/interests/${id}`
const conversation = (id: number) => `${BASE}/conversations/${id}`

export const interestsApi = {
  express: (body: NewInterest) => api.post<Interest>(`${BASE}/interests`, body),
  list: (box: InterestBox, status: InterestStatus | null, signal?: AbortSignal) =>
    api.get<Interest[]>(`${BASE}/interests`, { query: { box, status }, signal }),
  /** The introduced organisation confirms a broker's introduction; declining it is the withdrawal. */
  confirm: (id: number) => api.post<Interest>(`${interest(id)}/confirmation`),
  accept: (id: number) => api.post<Interest>(`${interest(id)}/acceptance`),
  decline: (id: number, reason: string) => api.post<Interest>(`${interest(id)}/decline`, { reason: reason || null }),
  withdraw: (id: number) => api.post<Interest>(`${interest(id)}/withdrawal`),
}

export const conversationsApi = {
  inbox: (signal?: AbortSignal) => api.get<Inbox>(`${BASE}/conversations`, { signal }),
  get: (id: number, signal?: AbortSignal) => api.get<Conversation>(conversation(id), { signal }),
  messages: (id: number, signal?: AbortSignal) => api.get<Message[]>(`${conversation(id)}/messages`, { signal }),
  /** Only the messages after the newest one the page has: what an open conversation polls for. */
  messagesAfter: (id: number, afterId: number, signal?: AbortSignal) =>
    api.get<Message[]>(`${conversation(id)}/messages`, { query: { after: afterId }, signal }),
  /** Text and files in one multipart request; either may be empty, not both (the server says so). */
  post: (id: number, text: string, files: File[]) => {
    const body = new FormData()
    body.append('text', text)
    for (const file of files) body.append('files', file, file.name)
    return api.post<Message>(`${conversation(id)}/messages`, body)
  },
  read: (id: number, upToMessageId: number) => api.post<void>(`${conversation(id)}/read`, { upToMessageId }),
  /** Plain links: the browser downloads them with the session cookie. */
  attachmentUrl: (id: number, attachmentId: number) => `${conversation(id)}/attachments/${attachmentId}`,
  ndaUrl: (id: number) => `${conversation(id)}/nda/document`,
  acceptNda: (id: number) => api.post<NdaState>(`${conversation(id)}/nda/acceptance`),
  confidential: (id: number, signal?: AbortSignal) =>
    api.get<Confidential>(`${conversation(id)}/confidential-details`, { signal }),
}

/** The owner's side: a posting's NDA and its confidential details. */
export const ndaApi = {
  current: (postingId: number, signal?: AbortSignal) =>
    api.get<StoredDocument | undefined>(`${BASE}/postings/${postingId}/nda`, { signal }),
  upload: (postingId: number, file: File) => {
    const body = new FormData()
    body.append('file', file, file.name)
    return api.put<StoredDocument>(`${BASE}/postings/${postingId}/nda`, body)
  },
  saveConfidential: (kind: PostingKind, postingId: number, text: string) =>
    api.put<{ text: string | null }>(`${BASE}/${collectionOf[kind]}/${postingId}/confidential-details`, { text }),
}
