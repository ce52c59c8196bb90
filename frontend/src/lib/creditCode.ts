/** The characters a unified social credit code (GB 32100) may use: digits and capitals without I, O, S, V, Z. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
export const CREDIT_CODE_LENGTH = 18

/** 3^(i-1) mod 31 for positions 1–17 (GB 32100). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
/** GB 11714 values run over the full Latin alphabet (A=10 … Z=35), unlike GB 32100. */
const ORGANISATION_CODE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

/** How people type codes: with spaces, in lower case. The server normalises the same way. */
export function normaliseCreditCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase()
}

export type CreditCodeProblem =
  | { kind: 'character'; position: number }
  | { kind: 'length'; length: number }
  | { kind: 'division' }
  | { kind: 'checkCharacter' }
  | { kind: 'organisationCode' }

/** The GB 32100 check character (position 18) of the first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, c, i) => total + CREDIT_CODE_ALPHABET.indexOf(c) * WEIGHTS[i]!, 0)
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!
}

/** The GB 11714 check character (position 17) of the organisation code's body (positions 9–16). */
function organisationCheckCharacter(body: string): string | undefined {
  const values = [...body].map((c) => ORGANISATION_CODE_ALPHABET.indexOf(c))
  if (values.some((v) => v < 0)) return undefined
  const check = 11 - (values.reduce((total, v, i) => total + v * ORGANISATION_CODE_WEIGHTS[i]!, 0) % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}

/**
 * The check the server makes, in the same order, as the code is typed: characters and length while it is being
 * typed; once all 18 are there, the division code, the final check character (a typo anywhere), then the
 * organisation code's own check character.
 */
export function creditCodeProblem(raw: string, complete: boolean): CreditCodeProblem | undefined {
  const code = normaliseCreditCode(raw)
  const bad = [...code].findIndex((c) => !CREDIT_CODE_ALPHABET.includes(c))
  if (bad >= 0) return { kind: 'character', position: bad + 1 }
  if (code.length > CREDIT_CODE_LENGTH || (complete && code.length !== CREDIT_CODE_LENGTH)) {
    return { kind: 'length', length: code.length }
  }
  if (code.length < CREDIT_CODE_LENGTH) return undefined
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { kind: 'division' }
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return { kind: 'checkCharacter' }
  if (organisationCheckCharacter(code.slice(8, 16)) !== code[16]) return { kind: 'organisationCode' }
  return undefined
}

type Translate = (key: string, params?: Record<string, unknown>) => string

/** What to tell the person about a problem, in their language (register.errors.*). */
export function creditCodeMessage(problem: CreditCodeProblem | undefined, t: Translate): string | undefined {
  switch (problem?.kind) {
    case 'character':
      return t('register.errors.creditCodeCharacter', { position: problem.position })
    case 'length':
      return t('register.errors.creditCodeLength', { length: problem.length })
    case 'division':
      return t('register.errors.creditCodeDivision')
    case 'checkCharacter':
      return t('register.errors.creditCodeCheck')
    case 'organisationCode':
      return t('register.errors.creditCodeOrganisation')
    default:
      return undefined
  }
}
