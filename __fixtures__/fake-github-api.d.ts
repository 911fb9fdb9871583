/** Types for the fake GitHub REST API in `fake-github-api.js`. */

export type FakePermission = 'none' | 'read' | 'write'

export interface FakeLabel {
  id: number
  name: string
  color: string
  description: string | null
}

/** The stored form of an issue (labels by name); the API answers with GitHub's full JSON shape. */
export interface FakeIssue {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  state_reason: string | null
  labels: string[]
  user: { login: string; id: number; type: string }
  created_at: string
  updated_at: string
  closed_at: string | null
  /** False while the issue is hidden from list answers by the listing lag. */
  listed: boolean
}

export interface FakeComment {
  id: number
  issue_number: number
  body: string
  user: { login: string; id: number; type: string }
  created_at: string
  updated_at: string
}

export interface FakeRequest {
  method: string
  path: string
  query: Record<string, string>
  /** Parsed JSON body (null for none). */
  body: any
  headers: Record<string, string | string[] | undefined>
}

export interface SeedIssue {
  title?: string
  body?: string | null
  state?: 'open' | 'closed'
  state_reason?: string | null
  /** Label names; missing labels are created. */
  labels?: string[]
  created_at?: string
  user?: { login: string; id: number; type: string }
  /** Hidden from list answers until catchUp(). */
  lagging?: boolean
}

export interface FakeGitHubOptions {
  owner?: string
  repo?: string
  /** `read`: every write answers 403 "Resource not accessible by integration"; `none`: every request does. Default `write`. */
  permission?: FakePermission
  /** `forbid`: POST /labels answers 403 and missing labels on issues are silently dropped (GitHub's behaviour). Default `allow`. */
  labelCreation?: 'allow' | 'forbid'
  labels?: Array<{ name: string; color?: string; description?: string | null }>
  issues?: SeedIssue[]
  /** Start of the deterministic clock (each created item is one minute later). */
  startTime?: string
  /** Issues created through the API stay out of list answers until `catchUp()` (GitHub's listing lag). Default false. */
  listingLag?: boolean
  /** The login GET /user answers for the token; when not set, GET /user answers 403 as for an installation token (GITHUB_TOKEN). */
  tokenLogin?: string
  /** Host used in `html_url`s. Default https://github.com. */
  webUrl?: string
}

export interface FakeGitHub {
  /** e.g. http://127.0.0.1:54321 — pass as Octokit's `baseUrl`. */
  url: string
  owner: string
  repo: string
  state: { issues: FakeIssue[]; comments: FakeComment[]; labels: FakeLabel[] }
  requests: FakeRequest[]
  setPermission(p: FakePermission): void
  setLabelCreation(v: 'allow' | 'forbid'): void
  setListingLag(v: boolean): void
  /** Lists every issue created so far (ends the listing lag for them). */
  catchUp(): void
  /** Seed an issue directly (no request recorded); returns its API JSON. */
  addIssue(fields?: SeedIssue): { number: number; html_url: string; [k: string]: unknown }
  openIssues(label?: string): FakeIssue[]
  commentsOn(issueNumber: number): FakeComment[]
  close(): Promise<void>
}

export function startFakeGitHub(options?: FakeGitHubOptions): Promise<FakeGitHub>
