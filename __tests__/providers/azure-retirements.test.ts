// Azure's retirement table (src/providers/azure/retirements.ts): reading the served model's name, matching it to the
// table by model and version, which rows announce a retirement, the replacement to name, the remedies' words, and the
// shipped table being what scripts/build-azure-retirements.mjs makes of data/azure-retirements.json.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderRemedy, withRemedies } from '../../src/diagnosis/remedy-table.js'
import { azureProfile } from '../../src/providers/azure/client.js'
import { azureRemedies } from '../../src/providers/azure/remedies.js'
import {
  announcesRetirement,
  currentAzureReplacement,
  describeServedShutdown,
  lookupRetirement,
  parseServedModel,
  servedModelShutdown
} from '../../src/providers/azure/retirements.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const SCHEDULE = 'https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule'
const RETIRED = 'https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models'

describe('parseServedModel: the model and version an answer names', () => {
  it.each([
    ['gpt-4o-2024-08-06', 'gpt-4o', '2024-08-06'],
    ['gpt-4o-mini-2024-07-18', 'gpt-4o-mini', '2024-07-18'],
    ['gpt-5-nano-2025-08-07', 'gpt-5-nano', '2025-08-07'],
    ['o3-mini-2025-01-31', 'o3-mini', '2025-01-31'],
    ['GPT-4o-2024-11-20', 'gpt-4o', '2024-11-20'],
    // A four-digit version only after a model of the table (Azure's versions before gpt-4o).
    ['gpt-35-turbo-0613', 'gpt-35-turbo', '0613'],
    ['gpt-4-0314', 'gpt-4', '0314'],
    // No version: the name as it is.
    ['gpt-35-turbo', 'gpt-35-turbo', null],
    ['gpt-35-turbo-16k', 'gpt-35-turbo-16k', null],
    ['text-embedding-3-small', 'text-embedding-3-small', null],
    ['gpt-4.1-mini', 'gpt-4.1-mini', null],
    ['mistral-document-ai-2505', 'mistral-document-ai-2505', null]
  ])('%s → %s %s', (served, model, version) => {
    expect(parseServedModel(served)).toEqual({ model, version })
  })
})

describe('lookupRetirement: by model and version', () => {
  it('a version has its own row', () => {
    expect(lookupRetirement({ model: 'gpt-4o', version: '2024-08-06' })).toEqual({
      version: '2024-08-06',
      lifecycle: 'Deprecated',
      retires: '2026-10-01',
      replacements: [{ model: 'gpt-5.1' }],
      source: SCHEDULE
    })
    expect(lookupRetirement({ model: 'gpt-35-turbo', version: '0613' })).toMatchObject({ lifecycle: 'Retired', retires: '2025-02-13', source: RETIRED })
  })

  it('a name without a version matches only a row for every version (gpt-35-turbo may be 0125 as well as 0613)', () => {
    expect(lookupRetirement({ model: 'gpt-35-turbo', version: null })).toBeNull()
    expect(lookupRetirement({ model: 'gpt-4o', version: null })).toBeNull()
    expect(lookupRetirement({ model: 'gpt-4', version: null })).toBeNull()
    expect(lookupRetirement({ model: 'o1-preview', version: null })).toMatchObject({ version: null, retires: '2025-07-28' })
    // A row for every version covers a dated name too.
    expect(lookupRetirement({ model: 'o1-preview', version: '2024-09-12' })).toMatchObject({ version: null, retires: '2025-07-28' })
  })

  it('an unknown version, an unknown model, an uncertain row: none', () => {
    expect(lookupRetirement({ model: 'gpt-4o', version: '2099-01-01' })).toBeNull()
    expect(lookupRetirement({ model: 'gpt-6-astra', version: '2026-09-03' })).toBeNull()
    // `2024-08-06-ev3` is marked uncertain in the data and not shipped.
    expect(lookupRetirement({ model: 'gpt-4o', version: '2024-08-06-ev3' })).toBeNull()
  })
})

describe('announcesRetirement', () => {
  it('Deprecated, Retired, or a named replacement announce; a GA or Preview row without a replacement does not', () => {
    expect(announcesRetirement(lookupRetirement({ model: 'gpt-4.1', version: '2025-04-14' })!)).toBe(true) // Deprecated, no replacement
    expect(announcesRetirement(lookupRetirement({ model: 'gpt-5-chat', version: '2025-08-07' })!)).toBe(true) // Retired
    expect(announcesRetirement(lookupRetirement({ model: 'sora-2', version: '2025-10-06' })!)).toBe(true) // Preview with a replacement
    expect(announcesRetirement(lookupRetirement({ model: 'gpt-5-mini', version: '2025-08-07' })!)).toBe(false) // GA
    expect(announcesRetirement(lookupRetirement({ model: 'gpt-chat-latest', version: '2026-05-05' })!)).toBe(false) // Preview
  })
})

describe('servedModelShutdown', () => {
  it('a dated model version with a future date: its date, not passed, the replacement as code', () => {
    expect(servedModelShutdown('gpt-4o-2024-08-06', '2026-01-15')).toEqual({
      served: { model: 'gpt-4o', version: '2024-08-06' },
      shutdownDate: '2026-10-01',
      passed: false,
      replacement: '`gpt-5.1`',
      replacementId: 'gpt-5.1',
      label: '`gpt-4o` version 2024-08-06',
      source: SCHEDULE
    })
  })

  it('the date itself and after it: passed', () => {
    expect(servedModelShutdown('gpt-4o-mini-2024-07-18', '2026-10-01')).toMatchObject({ passed: true, replacement: '`gpt-4.1-mini`' })
    expect(servedModelShutdown('gpt-4o-mini-2024-07-18', '2026-09-30')).toMatchObject({ passed: false })
  })

  it('a deprecated version without a replacement: a date, no replacement', () => {
    expect(servedModelShutdown('gpt-4.1-2025-04-14', '2026-01-15')).toMatchObject({ shutdownDate: '2026-10-14', replacement: null })
  })

  it('several alternatives are all named, each with its version', () => {
    expect(servedModelShutdown('gpt-35-turbo-0613', '2026-01-15')?.replacement).toBe('`gpt-35-turbo` version 0125 or `gpt-4o-mini`')
  })

  it('the replacement chain is followed while the named replacement is itself retired by today', () => {
    // gpt-4 0613 → gpt-4o 2024-11-20 (retires 2026-10-01) → gpt-5.1.
    expect(servedModelShutdown('gpt-4-0613', '2026-01-15')?.replacement).toBe('`gpt-4o` version 2024-11-20')
    expect(servedModelShutdown('gpt-4-0613', '2026-10-01')?.replacement).toBe('`gpt-5.1`')
    // An alternative without a version is followed once every version the table lists of it is retired (gpt-4o-mini 2024-07-18 → gpt-4.1-mini).
    expect(servedModelShutdown('gpt-35-turbo-0613', '2026-09-30')?.replacement).toBe('`gpt-35-turbo` version 0125 or `gpt-4o-mini`')
    // By 2026-12-01 gpt-4.1-mini's only version is retired too, naming no successor: it is no replacement any more.
    expect(servedModelShutdown('gpt-35-turbo-0613', '2026-12-01')?.replacement).toBe('`gpt-35-turbo` version 0125')
    // The report's id is another model's: a newer version of the same model is not one.
    expect(servedModelShutdown('gpt-35-turbo-0613', '2026-12-01')?.replacementId).toBeNull()
    expect(servedModelShutdown('gpt-35-turbo-0613', '2026-09-30')?.replacementId).toBe('gpt-4o-mini')
    // o1 2024-12-17 is deprecated without a replacement: it stands until its own date, then no replacement is named.
    expect(servedModelShutdown('o1-preview-2024-09-12', '2026-01-15')?.replacement).toBe('`o1`')
    expect(servedModelShutdown('o1-preview-2024-09-12', '2026-12-01')?.replacement).toBeNull()
    // Never a model the table retires by today (review: gpt-4o-mini, o3-mini, gpt-4.5-preview on 2026-12-01).
    for (const served of ['gpt-4o-mini-2024-07-18', 'o3-mini-2025-01-31', 'gpt-4.5-preview-2025-02-27', 'gpt-35-turbo-16k-0613'])
      expect(servedModelShutdown(served, '2026-12-01')?.replacement ?? '').not.toMatch(/`(gpt-4\.1-mini|gpt-4\.1|o4-mini|o1)`/)
    const row = lookupRetirement({ model: 'gpt-35-turbo-16k', version: '0613' })!
    expect(currentAzureReplacement(row, '2025-05-01')).toBe('`gpt-4.1-mini` version 2025-04-14')
  })

  it('a current model, a name without a version, an unknown name: nothing', () => {
    expect(servedModelShutdown('gpt-5-mini-2025-08-07', '2026-12-01')).toBeNull()
    expect(servedModelShutdown('gpt-35-turbo', '2026-12-01')).toBeNull()
    expect(servedModelShutdown('text-embedding-3-small', '2026-12-01')).toBeNull()
    expect(servedModelShutdown('my-own-model', '2026-12-01')).toBeNull()
  })

  it('the message names the table, the day it was read, the model version and the date', () => {
    expect(describeServedShutdown(servedModelShutdown('gpt-4o-2024-08-06', '2026-01-15')!)).toBe(
      "Azure's retirement table (Microsoft Learn, read 2026-12-01) retires `gpt-4o` version 2024-08-06, the model that answered the probe, on 2026-10-01."
    )
    expect(describeServedShutdown(servedModelShutdown('gpt-4o-2024-08-06', '2026-12-01')!)).toBe(
      "Azure's retirement table (Microsoft Learn, read 2026-12-01) lists `gpt-4o` version 2024-08-06, the model that answered the probe, as retiring on 2026-10-01, which has passed: Azure retires models region by region, so this deployment can stop answering any day."
    )
  })

  it('the Azure profile exposes it; OpenAI-shaped ids of the profile stay out of the catalogue', () => {
    const profile = azureProfile({ apiVersion: null, entraToken: false })
    expect(profile.usesShutdownCatalogue).toBe(false)
    expect(profile.servedModelShutdown?.('gpt-4o-2024-05-13', '2026-01-15')).toMatchObject({
      shutdownDate: '2026-10-01',
      passed: false,
      replacement: '`gpt-5.1`',
      servedModel: '`gpt-4o` version 2024-05-13'
    })
    expect(profile.servedModelShutdown?.('gpt-5.5-2026-04-24', '2026-01-15')).toBeNull()
  })
})

describe('the remedies', () => {
  const ctx = { scope: 'model' as const, model: 'chat', baseUrl: 'https://contoso.openai.azure.com', organization: null, project: null }
  const UNFILLED = /\{[A-Za-z]+\}|\[|\]/

  it('a future date: move before it, to the replacement, on the schedule page; then the upgrade policy', () => {
    const remedies = azureRemedies('model-deprecated', {
      ...ctx,
      shutdownDate: '2026-10-01',
      replacement: '`gpt-5.1`',
      servedModel: '`gpt-4o` version 2024-08-06'
    })
    expect(remedies.map((r) => r.id)).toEqual(['azure/model-deprecated/move', 'azure/model-deprecated/upgrade-policy'])
    expect(renderRemedy(remedies[0])).toBe(
      `Move \`chat\` off \`gpt-4o\` version 2024-08-06 before 2026-10-01 to \`gpt-5.1\`, Azure's named replacement (Azure AI Foundry → Deployments → chat → Edit, or a new deployment of a current model): ${SCHEDULE}`
    )
    expect(renderRemedy(remedies[1])).toMatch(/^Check the version upgrade policy of `chat`: .*working-with-models#model-deployment-upgrade-configuration$/)
  })

  it('a passed date: move now', () => {
    const remedies = azureRemedies('model-deprecated', {
      ...ctx,
      shutdownDate: '2025-02-13',
      replacement: null,
      servedModel: '`gpt-35-turbo` version 0613',
      shutdownPassed: true
    })
    expect(remedies[0].id).toBe('azure/model-deprecated/date-passed')
    expect(renderRemedy(remedies[0])).toBe(
      `Move \`chat\` off \`gpt-35-turbo\` version 0613 now: its retirement date 2025-02-13 has passed and Azure retires it region by region (Azure AI Foundry → Deployments → chat → Edit): ${SCHEDULE}`
    )
  })

  it('every slot is filled with and without the context, both dates', () => {
    for (const shutdownPassed of [false, true]) {
      for (const extra of [{}, { replacement: '`gpt-5.1`', servedModel: '`gpt-4o` version 2024-08-06' }]) {
        for (const model of ['chat', null]) {
          const hints = withRemedies(azureRemedies('model-deprecated', { ...ctx, model, shutdownDate: '2026-10-01', shutdownPassed, ...extra })).hints
          expect(hints).toHaveLength(2)
          for (const hint of hints) expect(hint).not.toMatch(UNFILLED)
        }
      }
    }
  })

  it('without a date (no table row), the general move of a retired model', () => {
    expect(azureRemedies('model-deprecated', ctx).map((r) => r.id)).toEqual(['azure/model-retired/move'])
    expect(azureRemedies('model-retired', { ...ctx, shutdownDate: '2026-10-01' }).map((r) => r.id)).toEqual(['azure/model-retired/move'])
  })
})

describe('the shipped table', () => {
  const data = JSON.parse(readFileSync(join(ROOT, 'data', 'azure-retirements.json'), 'utf8')) as {
    read: string
    sources: Record<string, { url: string; read: string }>
    rows: { model: string; version: string | null; lifecycle: string; retirement_date: string; source: string; uncertain?: string }[]
  }

  it('is what scripts/build-azure-retirements.mjs makes of data/azure-retirements.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'azure-retirements-'))
    try {
      const target = join(dir, 'retirements.json')
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-azure-retirements.mjs'), join(ROOT, 'data', 'azure-retirements.json'), target])
      expect(readFileSync(target, 'utf8')).toBe(readFileSync(join(ROOT, 'src', 'providers', 'azure', 'retirements.json'), 'utf8'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('every row names a source page on Microsoft Learn with the day it was read, and a real date', () => {
    for (const row of data.rows) {
      const source = data.sources[row.source]
      expect(source?.url).toMatch(/^https:\/\/learn\.microsoft\.com\//)
      expect(source.read).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(Number.isNaN(Date.parse(row.retirement_date))).toBe(false)
    }
    // One row per model and version.
    const keys = data.rows.map((r) => `${r.model} ${r.version}`)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
