// A fake GitHub REST API (issues, comments, labels of one repository) for tests.
// Plain ESM JavaScript, node: built-ins only. Listens on 127.0.0.1, port 0.
// Answers in GitHub's JSON shapes for just the endpoints the tracking issue uses.
import { createServer } from 'node:http'

const DOCS = {
  listIssues: 'https://docs.github.com/rest/issues/issues#list-repository-issues',
  getIssue: 'https://docs.github.com/rest/issues/issues#get-an-issue',
  createIssue: 'https://docs.github.com/rest/issues/issues#create-an-issue',
  updateIssue: 'https://docs.github.com/rest/issues/issues#update-an-issue',
  listComments: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
  createComment: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  createLabel: 'https://docs.github.com/rest/issues/labels#create-a-label',
  addLabels: 'https://docs.github.com/rest/issues/labels#add-labels-to-an-issue'
}

const BOT = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  html_url: 'https://github.com/apps/github-actions',
  type: 'Bot',
  site_admin: false
}

/**
 * @param {import('./fake-github-api.js').FakeGitHubOptions} [options]
 * @returns {Promise<import('./fake-github-api.js').FakeGitHub>}
 */
export async function startFakeGitHub(options = {}) {
  const owner = options.owner ?? 'octo-org'
  const repo = options.repo ?? 'canary'
  let permission = options.permission ?? 'write'
  let labelCreation = options.labelCreation ?? 'allow'
  // Listing lag: issues created through the API stay out of list answers until catchUp() (GitHub's search
  // index behind the list endpoint can lag a just-created issue by seconds).
  let listingLag = options.listingLag ?? false
  // A deterministic clock: every created item is one minute younger than the previous one.
  let clock = Date.parse(options.startTime ?? '2025-01-01T00:00:00Z')
  const tick = () => {
    clock += 60_000
    return new Date(clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }
  let nextId = 1000
  const state = { issues: [], comments: [], labels: [] }
  const requests = []
  let webBase = 'https://github.com'
  let apiBase = ''

  const repoPath = () => `/repos/${owner}/${repo}`
  const labelJson = (l) => ({
    id: l.id,
    node_id: `LA_${l.id}`,
    url: `${apiBase}${repoPath()}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: false,
    description: l.description
  })
  const issueJson = (i) => ({
    url: `${apiBase}${repoPath()}/issues/${i.number}`,
    repository_url: `${apiBase}${repoPath()}`,
    labels_url: `${apiBase}${repoPath()}/issues/${i.number}/labels{/name}`,
    comments_url: `${apiBase}${repoPath()}/issues/${i.number}/comments`,
    events_url: `${apiBase}${repoPath()}/issues/${i.number}/events`,
    html_url: `${webBase}/${owner}/${repo}/issues/${i.number}`,
    id: i.id,
    node_id: `I_kw${i.id}`,
    number: i.number,
    title: i.title,
    user: i.user,
    labels: i.labels.map((name) => labelJson(findLabel(name) ?? { id: 0, name, color: 'ededed', description: null })),
    state: i.state,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: state.comments.filter((c) => c.issue_number === i.number).length,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    author_association: 'CONTRIBUTOR',
    active_lock_reason: null,
    body: i.body,
    state_reason: i.state_reason,
    reactions: { url: `${apiBase}${repoPath()}/issues/${i.number}/reactions`, total_count: 0 },
    timeline_url: `${apiBase}${repoPath()}/issues/${i.number}/timeline`,
    performed_via_github_app: null
  })
  const commentJson = (c) => ({
    url: `${apiBase}${repoPath()}/issues/comments/${c.id}`,
    html_url: `${webBase}/${owner}/${repo}/issues/${c.issue_number}#issuecomment-${c.id}`,
    issue_url: `${apiBase}${repoPath()}/issues/${c.issue_number}`,
    id: c.id,
    node_id: `IC_kw${c.id}`,
    user: c.user,
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: 'CONTRIBUTOR',
    body: c.body,
    reactions: { total_count: 0 },
    performed_via_github_app: null
  })

  function findLabel(name) {
    return state.labels.find((l) => l.name.toLowerCase() === String(name).toLowerCase())
  }
  function makeLabel(name, color, description) {
    const label = { id: nextId++, name: String(name), color: color ?? 'ededed', description: description ?? null }
    state.labels.push(label)
    return label
  }
  /** GitHub: existing labels are attached; missing ones are created when allowed, silently dropped otherwise. */
  function resolveLabels(names) {
    const out = []
    for (const raw of names ?? []) {
      const name = typeof raw === 'string' ? raw : raw?.name
      if (typeof name !== 'string' || name === '') continue
      let label = findLabel(name)
      if (!label && labelCreation === 'allow') label = makeLabel(name)
      if (label && !out.includes(label.name)) out.push(label.name)
    }
    return out
  }
  function addIssue(fields = {}) {
    const created = fields.created_at ?? tick()
    const issue = {
      id: nextId++,
      number: state.issues.length + 1,
      title: fields.title ?? 'An issue',
      body: fields.body ?? null,
      state: fields.state ?? 'open',
      state_reason: fields.state_reason ?? null,
      labels: [],
      user: fields.user ?? { ...BOT, login: 'octocat', type: 'User', id: 583231 },
      created_at: created,
      updated_at: created,
      closed_at: fields.state === 'closed' ? created : null
    }
    issue.listed = !fields.lagging
    for (const name of fields.labels ?? []) {
      const label = findLabel(name) ?? makeLabel(name)
      issue.labels.push(label.name)
    }
    state.issues.push(issue)
    return issue
  }
  for (const l of options.labels ?? []) makeLabel(l.name, l.color, l.description)
  for (const i of options.issues ?? []) addIssue(i)

  function send(res, status, body, headers = {}) {
    const text = body === undefined ? '' : JSON.stringify(body)
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-request-id': `FAKE:${requests.length}`,
      'x-github-api-version-selected': '2022-11-28',
      ...headers
    })
    res.end(text)
  }
  const error = (res, status, message, doc, extra = {}) => send(res, status, { message, ...extra, documentation_url: doc, status: String(status) })
  const forbidden = (res, doc) => error(res, 403, 'Resource not accessible by integration', doc)
  const notFound = (res) => error(res, 404, 'Not Found', 'https://docs.github.com/rest')

  async function readBody(req) {
    const chunks = []
    for await (const c of req) chunks.push(c)
    const text = Buffer.concat(chunks).toString('utf8')
    if (text === '') return null
    try {
      return JSON.parse(text)
    } catch {
      return { __invalid: text }
    }
  }

  function paginate(req, res, url, items) {
    const perPage = Math.min(100, Math.max(1, Number.parseInt(url.searchParams.get('per_page') ?? '30', 10) || 30))
    const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const link = (p, rel) => {
      const u = new URL(url.href)
      u.protocol = 'http:'
      u.host = req.headers.host ?? u.host
      u.searchParams.set('per_page', String(perPage))
      u.searchParams.set('page', String(p))
      return `<${u.href}>; rel="${rel}"`
    }
    const links = []
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'))
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    send(res, 200, slice, links.length ? { link: links.join(', ') } : {})
  }

  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const body = req.method === 'GET' || req.method === 'HEAD' ? null : await readBody(req)
    const record = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      headers: { ...req.headers }
    }
    requests.push(record)

    if (!req.headers.authorization) {
      return error(res, 401, 'Requires authentication', 'https://docs.github.com/rest')
    }
    if (url.pathname === '/user' && req.method === 'GET') {
      // An installation token (GITHUB_TOKEN) may not read /user; a personal token reads its own user.
      if (!options.tokenLogin)
        return error(res, 403, 'Resource not accessible by integration', 'https://docs.github.com/rest/users/users#get-the-authenticated-user')
      return send(res, 200, { ...BOT, login: options.tokenLogin, type: 'User' })
    }
    const prefix = repoPath()
    if (!url.pathname.startsWith(`${prefix}/`)) return notFound(res)
    const rest = url.pathname.slice(prefix.length)
    const isWrite = req.method !== 'GET'
    let m

    // Permission gate: `none` answers everything with 403, `read` every write.
    const docFor = () => {
      if (rest === '/issues') return req.method === 'GET' ? DOCS.listIssues : DOCS.createIssue
      if (rest === '/labels') return DOCS.createLabel
      if (/^\/issues\/\d+\/comments$/.test(rest)) return req.method === 'GET' ? DOCS.listComments : DOCS.createComment
      if (/^\/issues\/\d+\/labels$/.test(rest)) return DOCS.addLabels
      return req.method === 'GET' ? DOCS.getIssue : DOCS.updateIssue
    }
    if (permission === 'none' || (permission === 'read' && isWrite)) return forbidden(res, docFor())
    if (body && body.__invalid !== undefined) return error(res, 400, 'Problems parsing JSON', 'https://docs.github.com/rest')

    if (rest === '/issues' && req.method === 'GET') {
      const st = url.searchParams.get('state') ?? 'open'
      const wanted = (url.searchParams.get('labels') ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean)
      const creator = url.searchParams.get('creator')
      const sort = url.searchParams.get('sort') ?? 'created'
      const dir = url.searchParams.get('direction') ?? 'desc'
      let items = state.issues.filter(
        (i) =>
          i.listed &&
          (st === 'all' || i.state === st) &&
          wanted.every((w) => i.labels.some((n) => n.toLowerCase() === w)) &&
          (!creator || i.user.login === creator)
      )
      const key = sort === 'updated' ? (i) => i.updated_at : (i) => i.created_at
      items = items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number))
      if (dir !== 'asc') items.reverse()
      return paginate(req, res, url, items.map(issueJson))
    }
    if (rest === '/issues' && req.method === 'POST') {
      if (!body || typeof body.title !== 'string' || body.title === '') {
        return error(res, 422, 'Validation Failed', DOCS.createIssue, {
          errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }]
        })
      }
      if (body.title.length > 256) {
        return error(res, 422, 'Validation Failed', DOCS.createIssue, {
          errors: [{ resource: 'Issue', code: 'custom', field: 'title', message: 'title is too long (maximum is 256 characters)' }]
        })
      }
      if (typeof body.body === 'string' && body.body.length > 65536) {
        return error(res, 422, 'Validation Failed', DOCS.createIssue, {
          errors: [{ resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }]
        })
      }
      const issue = addIssue({ title: body.title, body: body.body ?? null, user: BOT, lagging: listingLag })
      issue.labels = resolveLabels(body.labels)
      return send(res, 201, issueJson(issue))
    }
    if (rest === '/labels' && req.method === 'POST') {
      if (labelCreation !== 'allow') return forbidden(res, DOCS.createLabel)
      if (!body || typeof body.name !== 'string' || body.name === '') {
        return error(res, 422, 'Validation Failed', DOCS.createLabel, {
          errors: [{ resource: 'Label', code: 'missing_field', field: 'name' }]
        })
      }
      if (findLabel(body.name)) {
        return error(res, 422, 'Validation Failed', DOCS.createLabel, {
          errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }]
        })
      }
      return send(res, 201, labelJson(makeLabel(body.name, body.color, body.description)))
    }
    if ((m = /^\/issues\/(\d+)(\/comments|\/labels)?$/.exec(rest))) {
      const issue = state.issues.find((i) => i.number === Number(m[1]))
      if (!issue) return notFound(res)
      const sub = m[2] ?? ''
      if (sub === '' && req.method === 'GET') return send(res, 200, issueJson(issue))
      if (sub === '' && req.method === 'PATCH') {
        const b = body ?? {}
        if (typeof b.title === 'string') issue.title = b.title
        if (b.body !== undefined) issue.body = b.body
        if (b.state === 'open' || b.state === 'closed') {
          if (b.state !== issue.state) {
            issue.state = b.state
            issue.closed_at = b.state === 'closed' ? tick() : null
          }
          issue.state_reason = b.state === 'closed' ? (b.state_reason ?? 'completed') : (b.state_reason ?? 'reopened')
        } else if (b.state !== undefined) {
          return error(res, 422, 'Validation Failed', DOCS.updateIssue, {
            errors: [{ resource: 'Issue', code: 'invalid', field: 'state' }]
          })
        }
        if (Array.isArray(b.labels)) issue.labels = resolveLabels(b.labels)
        issue.updated_at = tick()
        return send(res, 200, issueJson(issue))
      }
      if (sub === '/comments' && req.method === 'GET') {
        const items = state.comments.filter((c) => c.issue_number === issue.number)
        return paginate(req, res, url, items.map(commentJson))
      }
      if (sub === '/comments' && req.method === 'POST') {
        if (!body || typeof body.body !== 'string' || body.body === '') {
          return error(res, 422, 'Validation Failed', DOCS.createComment, {
            errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]
          })
        }
        const at = tick()
        const comment = { id: nextId++, issue_number: issue.number, body: body.body, user: BOT, created_at: at, updated_at: at }
        state.comments.push(comment)
        issue.updated_at = at
        return send(res, 201, commentJson(comment))
      }
      if (sub === '/labels' && req.method === 'POST') {
        const names = Array.isArray(body) ? body : Array.isArray(body?.labels) ? body.labels : []
        for (const name of resolveLabels(names)) if (!issue.labels.includes(name)) issue.labels.push(name)
        issue.updated_at = tick()
        return send(
          res,
          200,
          issue.labels.map((n) => labelJson(findLabel(n)))
        )
      }
    }
    return notFound(res)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) error(res, 500, `fake GitHub error: ${e?.message ?? e}`, 'https://docs.github.com/rest')
      else res.destroy()
    })
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(undefined))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const url = `http://127.0.0.1:${port}`
  apiBase = url
  webBase = options.webUrl ?? 'https://github.com'

  return {
    url,
    owner,
    repo,
    state,
    requests,
    setPermission(p) {
      permission = p
    },
    setLabelCreation(v) {
      labelCreation = v
    },
    setListingLag(v) {
      listingLag = v
    },
    catchUp() {
      for (const i of state.issues) i.listed = true
    },
    addIssue(fields) {
      return issueJson(addIssue(fields))
    },
    openIssues(label) {
      return state.issues.filter((i) => i.state === 'open' && (!label || i.labels.includes(label)))
    },
    commentsOn(number) {
      return state.comments.filter((c) => c.issue_number === number)
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve(undefined))
      })
    }
  }
}
