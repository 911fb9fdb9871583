// Hand-written types for fake-status-page.js (keep in step with it).

export type StatusScenario = 'incident' | 'operational' | 'statuspage' | 'widget-only' | 'hostile' | 'hang' | 'garbage' | 'html' | 'error'

export interface StatusFixture {
  id: string
  path: string
  status: number
  contentType: string
  body: any
  source: string
  reconstructed: boolean
}

export interface RecordedStatusRequest {
  method: string
  path: string
  /** Lower-cased names, as node received them. */
  headers: Record<string, string | string[] | undefined>
  at: number
}

export interface FakeStatusPage {
  /** 'http://127.0.0.1:<port>' */
  url: string
  port: number
  requests: RecordedStatusRequest[]
  setScenario(scenario: StatusScenario): void
  close(): Promise<void>
}

export const HOSTILE_NAME: string
export function statusFixture(id: string): StatusFixture
export function startFakeStatusPage(options?: { scenario?: StatusScenario; port?: number }): Promise<FakeStatusPage>
