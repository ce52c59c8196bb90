import { describe, expect, it } from 'vitest'
import { creditCodeProblem, normaliseCreditCode } from './creditCode'

describe('credit code format check', () => {
  it('accepts a well-formed code typed in lower case with spaces', () => {
    expect(normaliseCreditCode(' 9143 0400 mA4l1234 5x ')).toBe('91430400MA4L12345X')
    expect(creditCodeProblem('91430400MA4L12345X', true)).toBeUndefined()
  })

  it('names the first character outside the alphabet', () => {
    expect(creditCodeProblem('91430400I', false)).toEqual({ kind: 'character', position: 9 })
  })

  it('complains about the length only once the field is complete, or too long', () => {
    expect(creditCodeProblem('914304', false)).toBeUndefined()
    expect(creditCodeProblem('914304', true)).toEqual({ kind: 'length', length: 6 })
    expect(creditCodeProblem('91430400MA4L12345X1', false)).toEqual({ kind: 'length', length: 19 })
  })
})
