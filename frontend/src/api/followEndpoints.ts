import { api } from './client'

const BASE = '/api/v1/follows'

/** A saved need or result (收藏), or a followed organisation (关注). */
export type FollowTarget = 'NEED' | 'RESULT' | 'ORGANISATION'

export interface FollowItem {
  target: FollowTarget
  id: number
  /** The posting's title or the organisation's name, in the reader's language. */
  name: string
  /** The portal route that opens it. */
  link: string
  followedAt: string
}

export const followApi = {
  /** What the signed-in person saved and follows and may still see, newest first. */
  list: (signal?: AbortSignal) => api.get<FollowItem[]>(BASE, { signal }),
  follow: (target: FollowTarget, id: number) => api.put<FollowItem>(`${BASE}/${target}/${id}`),
  unfollow: (target: FollowTarget, id: number) => api.delete(`${BASE}/${target}/${id}`),
}
