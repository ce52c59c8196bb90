/** The characters a unified social credit code (GB 32100) may use: digits and capitals without I, O, S, V, Z. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
export const CREDIT_CODE_LENGTH = 18

/** How people type codes: with spaces, in lower case. The server normalises the same way. */
export function normaliseCreditCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase()
}

export type CreditCodeProblem = { kind: 'character'; position: number } | { kind: 'length'; length: number }

/**
 * A format check while typing: allowed characters and length only. Check characters are the server's job, which
 * answers with the exact reason.
 */
export function creditCodeProblem(raw: string, complete: boolean): CreditCodeProblem | undefined {
  const code = normaliseCreditCode(raw)
  const bad = [...code].findIndex((c) => !CREDIT_CODE_ALPHABET.includes(c))
  if (bad >= 0) return { kind: 'character', position: bad + 1 }
  if (code.length > CREDIT_CODE_LENGTH || (complete && code.length !== CREDIT_CODE_LENGTH)) {
    return { kind: 'length', length: code.length }
  }
  return undefined
}
