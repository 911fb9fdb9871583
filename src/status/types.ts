/** The report's `status` (docs/DESIGN.md): what the provider's status page said when a check failed for a cause that may be its own. */

export type StatusIndicator = 'none' | 'minor' | 'major' | 'critical' | 'unknown'

export interface StatusIncident {
  /** Untrusted page text: cleaned and clipped (text.ts), escaped again by every renderer. */
  name: string
  /** `investigating`, `identified`, `monitoring`, … as the page says it (lower-case word, or `unknown`). */
  status: string
  /** The page's impact word (`partial_outage`, `major`, …), or `unknown`. */
  impact: string
  /** https (or the page's own loopback http) on the status page's own host, or null. */
  url: string | null
  components: string[]
  /** The groups of those components as the page names them (`APIs`, `ChatGPT`); absent when the page does not say. */
  groups?: string[]
}

export interface StatusReport {
  /** The status page as configured (`https://status.openai.com`). */
  page: string
  indicator: StatusIndicator
  description: string
  incidents: StatusIncident[]
  /** Why the page could not be read; the other fields are then empty. */
  error?: string
}
