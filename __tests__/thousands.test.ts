import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { thousands } from '../src/thousands.js'

describe('thousands', () => {
  it('writes what toLocaleString("en-US") writes, for any safe integer', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => thousands(n) === n.toLocaleString('en-US')))
  })

  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [150000000, '150,000,000'],
    [-1234567, '-1,234,567'],
    [1234.5, '1,234.5']
  ])('%p → %p', (n, text) => {
    expect(thousands(n)).toBe(text)
  })
})
