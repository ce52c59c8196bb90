import { describe, expect, it } from 'vitest'
import { creditCodeCheckCharacter, creditCodeProblem, normaliseCreditCode } from './creditCode'

describe('credit code check as it is typed', () => {
  it('accepts a valid code typed in lower case with spaces', () => {
    expect(normaliseCreditCode(' 9143 0400 mA4l1234 6w ')).toBe('91430400MA4L12346W')
    expect(creditCodeProblem(' 9143 0400 mA4l1234 6w ', true)).toBeUndefined()
  })

  it('accepts real published codes', () => {
    // 华为技术有限公司, and a public institution (事业单位, authority 1) as the demo data has it
    expect(creditCodeProblem('914403001922038216', true)).toBeUndefined()
    expect(creditCodeProblem('124304054304000047', true)).toBeUndefined()
  })

  it('names the first character outside the alphabet', () => {
    expect(creditCodeProblem('91430400I', false)).toEqual({ kind: 'character', position: 9 })
  })

  it('complains about the length only once the field is complete, or too long', () => {
    expect(creditCodeProblem('914304', false)).toBeUndefined()
    expect(creditCodeProblem('914304', true)).toEqual({ kind: 'length', length: 6 })
    expect(creditCodeProblem('91430400MA4L12346W1', false)).toEqual({ kind: 'length', length: 19 })
  })

  it('finds a typo anywhere through the final check character, as soon as all 18 are typed', () => {
    expect(creditCodeProblem('91430400MA4L12346', false)).toBeUndefined()
    expect(creditCodeProblem('91430400MA4L13346W', false)).toEqual({ kind: 'checkCharacter' })
    expect(creditCodeProblem('91430400MA4L12364W', false)).toEqual({ kind: 'checkCharacter' })
  })

  it('finds an organisation code whose own check character is wrong', () => {
    const first17 = '91430400MA4L12345'
    expect(creditCodeProblem(first17 + creditCodeCheckCharacter(first17), false)).toEqual({ kind: 'organisationCode' })
  })

  it('wants digits for the division code', () => {
    const first17 = '91A30400MA4L12346'
    expect(creditCodeProblem(first17 + creditCodeCheckCharacter(first17), false)).toEqual({ kind: 'division' })
  })
})
