/** The model table: each example lands in its own row, on purpose; the planner and the scanner read the same row. */
import { planProbe } from '../../src/checks/probe-plan.js'
import { familyForProbe, isModelId, MODEL_FAMILIES, recogniseModelId } from '../../src/models/families.js'
import { parseFineTuned } from '../../src/models/fine-tuned.js'

const examples = MODEL_FAMILIES.flatMap((f) => f.examples.map((e) => [e, f.name] as const))

test('family names are unique and every family has examples', () => {
  expect(new Set(MODEL_FAMILIES.map((f) => f.name)).size).toBe(MODEL_FAMILIES.length)
  for (const f of MODEL_FAMILIES) expect([f.name, f.examples.length > 0]).toEqual([f.name, true])
})

test.each(examples)('%s is recognised as a model of its own row (%s), not of another', (id, name) => {
  expect(recogniseModelId(id)?.family.name).toBe(name)
  expect(familyForProbe(id)?.name).toBe(name)
  expect(familyForProbe(id.toUpperCase())?.name).toBe(name)
})

test.each(examples)('%s: the planner sends the request its row names (%s)', (id) => {
  const row = recogniseModelId(id)!.family
  const plan = planProbe(id)
  if (typeof row.probe === 'object') expect(plan).toMatchObject({ family: 'unprobed', endpoint: null, skippedBecause: row.probe.none })
  else expect(plan.family).toBe(row.probe)
})

test('an id of no family gets the chat request; the scanner does not take it for a model', () => {
  for (const id of ['my-deployment', 'llama-3.1-70b', 'gpt-35-turbo', 'o4', 'gpt-6']) {
    expect(familyForProbe(id)).toBeNull()
    expect(isModelId(id)).toBe(false)
    expect(planProbe(id).family).toBe('chat')
  }
})

test('o5-mini, routed by the planner as reasoning, is an id the scanner recognises', () => {
  expect(isModelId('o5-mini')).toBe(true)
  expect(planProbe('o5-mini').family).toBe('reasoning')
})

describe('fine-tuned ids, parsed once', () => {
  it('splits the parts', () => {
    expect(parseFineTuned('ft:gpt-4.1-2025-04-14:acme:support-bot:B1x2:ckpt-step-88')).toEqual({
      base: 'gpt-4.1-2025-04-14',
      organization: 'acme',
      suffix: 'support-bot',
      id: 'B1x2',
      checkpointStep: 88
    })
    expect(parseFineTuned('ft:gpt-4o-mini-2024-07-18:personal::8abc')).toMatchObject({ base: 'gpt-4o-mini-2024-07-18', suffix: '' })
    expect(parseFineTuned('gpt-4o')).toBeNull()
    expect(parseFineTuned('ft:gpt-4o')).toBeNull()
  })

  it('are recognised by their base, and planned like it', () => {
    expect(recogniseModelId('ft:davinci-002:acme::q1')).toMatchObject({ fineTuned: true, family: { name: 'completions' } })
    expect(recogniseModelId('ft:not-a-model:acme::q1')).toBeNull()
    expect(recogniseModelId('ft:davinci:acme::q1')).toBeNull() // a bare legacy word is no base
    expect(planProbe('ft:o4-mini-2025-04-16:acme:prod:xyz').family).toBe('reasoning')
  })
})

describe('the ids that are also ordinary words', () => {
  it('count in code only as the value of a model or engine key', async () => {
    const { findModelIds } = await import('../../src/scan/find-ids.js')
    const text = ['engine="davinci"', 'model: ada', 'name = "ada"', 'langs = ["ada", "curie"]', '"model_name": "curie",'].join('\n')
    expect(findModelIds(text).map((m) => `${m.line}:${m.id}`)).toEqual(['1:davinci', '2:ada', '5:curie'])
  })
})
