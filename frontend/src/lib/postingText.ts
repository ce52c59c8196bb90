import type { PostingDetail } from '@/api/postingTypes'

/** A posting's main text: a need's description or a result's abstract. */
export function postingText(posting: PostingDetail): string {
  return 'abstractText' in posting ? posting.abstractText : posting.description
}

/** The first sentences of a text, at most `max` characters, for descriptions and previews. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}
