// suggestModels: the closest listed ids to a mistyped one.
import { describe, expect, it } from '@jest/globals'
import { suggestModels } from '../../src/checks/suggest.js'

const LISTED = [
  'gpt-4o',
  'gpt-4o-mini',
  'gpt-4o-2024-08-06',
  'gpt-4o-mini-2024-07-18',
  'gpt-4.1',
  'gpt-4.1-mini',
  'gpt-4.1-nano',
  'o3',
  'o3-mini',
  'o4-mini',
  'text-embedding-3-small',
  'text-embedding-3-large',
  'whisper-1',
  'dall-e-3'
]

describe('suggestModels', () => {
  it.each([
    ['gpt4o', 'gpt-4o'],
    ['GPT-4o', 'gpt-4o'],
    ['gpt-4o-mnii', 'gpt-4o-mini'],
    ['gpt-4o-mni', 'gpt-4o-mini'],
    ['gpt4.1-mini', 'gpt-4.1-mini'],
    ['o4mini', 'o4-mini'],
    ['text-embeding-3-small', 'text-embedding-3-small'],
    ['whisper1', 'whisper-1']
  ])('%s → %s first', (typed, best) => {
    expect(suggestModels(typed, LISTED)[0]).toBe(best)
  })

  it('gpt4o → exactly gpt-4o: a squashed match outranks longer relatives', () => {
    expect(suggestModels('gpt4o', LISTED)).toEqual(['gpt-4o'])
  })

  it.each(['claude-3-5-sonnet', 'gemini-1.5-pro', 'llama3-70b', 'mistral-large', 'totally-unrelated-id'])(
    'an unrelated id (%s) gets no suggestion',
    (typed) => {
      expect(suggestModels(typed, LISTED)).toEqual([])
    }
  )

  it('a truncated dated snapshot suggests the ids that start with it (beyond the edit-distance limit)', () => {
    expect(suggestModels('gpt-4o-mini-2024', LISTED)).toContain('gpt-4o-mini-2024-07-18')
    expect(suggestModels('text-embedding-3', LISTED)).toEqual(['text-embedding-3-large', 'text-embedding-3-small'])
  })

  it('never suggests the id itself, and nothing from an empty list', () => {
    expect(suggestModels('gpt-4o', LISTED)).not.toContain('gpt-4o')
    expect(suggestModels('gpt-4o', [])).toEqual([])
  })

  it('orders by distance, then by length, then alphabetically', () => {
    // 'gpt-4o-mimi' is 1 edit from gpt-4o-mini; the others are further away.
    expect(suggestModels('gpt-4o-mimi', ['gpt-4o-mini-2024-07-18', 'gpt-4o', 'gpt-4o-mini', 'gpt-4o-nimi2'])).toEqual(['gpt-4o-mini', 'gpt-4o-nimi2'])
    // Equal distance: the shorter id first; equal length: alphabetical.
    expect(suggestModels('o2-mini', ['o4-mini', 'o3-mini', 'o1-mini', 'o2-mini-x'])).toEqual(['o1-mini', 'o3-mini', 'o4-mini'])
  })

  it('returns at most `max` (3 by default)', () => {
    const many = ['o1-mini', 'o3-mini', 'o4-mini', 'o5-mini', 'o6-mini']
    expect(suggestModels('o2-mini', many)).toHaveLength(3)
    expect(suggestModels('o2-mini', many, 1)).toEqual(['o1-mini'])
    expect(suggestModels('o2-mini', many, 5)).toEqual(many)
  })

  // Speed is measured by `npm run bench`, never timed here; the bounds that keep it fast are tested with the hostile lists.
  it('finds the transposition among 2,000 near-identical fine-tuned ids', () => {
    const list = Array.from({ length: 2000 }, (_, i) => `ft:gpt-4o-mini-2024-07-18:org::job${i}`)
    expect(suggestModels('ft:gpt-4o-mini-2024-07-18:org::jbo12', list)[0]).toBe('ft:gpt-4o-mini-2024-07-18:org::job12')
  })
})

describe('suggestModels is bounded (issue 12)', () => {
  it('still finds the typo among very long ids, and never suggests an id far longer than the one typed', () => {
    const long = Array.from({ length: 50 }, (_, i) => `gpt-4o-${i}${'x'.repeat(10_000)}`)
    expect(suggestModels('gpt-4o-min', [...long, 'gpt-4o-mini'])).toEqual(['gpt-4o-mini'])
    expect(suggestModels(`gpt-4o-0${'x'.repeat(9_999)}`, long)).toEqual([])
  })

  it('agrees with the plain edit distance on ordinary ids (the cut-off changes no answer)', () => {
    for (const typed of ['gpt4o', 'gpt-4o-mnii', 'o4mini', 'text-embeding-3-small', 'gpt-4.1-nan', 'dalle3', 'whisper']) {
      expect(suggestModels(typed, LISTED)).toEqual(suggestModels(typed, [...LISTED].reverse()))
    }
    expect(suggestModels('gpt-4o-mnii', LISTED)[0]).toBe('gpt-4o-mini')
  })

  it('stops when the deadline has passed', () => {
    let calls = 0
    const expired = (): boolean => ++calls > 0
    expect(suggestModels('gpt4o', LISTED, 3, { expired })).toEqual([])
    expect(calls).toBeGreaterThan(0)
  })
})
