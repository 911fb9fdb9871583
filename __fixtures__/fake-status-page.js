// A fake status page for tests and the demo: incident.io's widget data (GET /proxy/{host}) and the
// Statuspage-compatible API (GET /api/v2/*.json) on 127.0.0.1, with bodies from status-pages/pages.json.
// Plain ESM, node: built-ins only. Never touches the internet.
//
//   const page = await startFakeStatusPage({ scenario: 'incident' })
//   ... status-page: page.url ...
//   await page.close()
import http from 'node:http'
import { readFileSync } from 'node:fs'

const PAGES = JSON.parse(readFileSync(new URL('./status-pages/pages.json', import.meta.url), 'utf8'))

/** The pages.json entry with that id (a fresh copy). */
export function statusFixture(id) {
  const found = PAGES.entries.find((e) => e.id === id)
  if (!found) throw new Error(`fake-status-page: no entry ${JSON.stringify(id)} in status-pages/pages.json`)
  return structuredClone(found)
}

const notFound = () => statusFixture('openai_unresolved_404_html')

/** Text an attacker might put in an incident: markup, links, mentions, workflow commands, code spans, control characters. */
export const HOSTILE_NAME =
  'Outage <img src=x onerror=alert(1)> [click me](https://evil.example/phish) @everyone ::error::pwned `rm -rf` www.evil.example\n## heading ' + 'x'.repeat(400)

function hostile() {
  const entry = statusFixture('openai_proxy_incident')
  const incident = entry.body.summary.ongoing_incidents[0]
  incident.name = HOSTILE_NAME
  incident.url = 'https://evil.example/incidents/1'
  entry.body.summary.components[0].name = '**Chat** <b>Completions</b> ::warning::x'
  return entry
}

/** scenario → what each path answers (an entry, or a special behaviour). */
const SCENARIOS = {
  // status.openai.com with an ongoing incident: both APIs answer.
  incident: { widget: () => statusFixture('openai_proxy_incident'), summary: () => statusFixture('openai_v2_summary_incident') },
  operational: { widget: () => statusFixture('openai_proxy_operational'), summary: () => statusFixture('openai_v2_summary_operational') },
  // An Atlassian Statuspage page: no incident.io widget data.
  statuspage: { widget: notFound, summary: () => statusFixture('statuspage_summary_incident') },
  // Only incident.io's widget answers (its flat documented shape).
  'widget-only': { widget: () => statusFixture('incident_io_widget_v1_incident'), summary: notFound },
  hostile: { widget: hostile, summary: () => statusFixture('openai_v2_summary_incident') },
  hang: { widget: 'hang', summary: 'hang' },
  garbage: {
    widget: () => ({ status: 200, contentType: 'application/json', body: '{"summary": [1, 2' }),
    summary: () => ({ status: 200, contentType: 'text/plain', body: 'ok' })
  },
  html: {
    widget: () => ({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body></body></html>' }),
    summary: () => ({ status: 200, contentType: 'text/html', body: '<html><body>Status</body></html>' })
  },
  error: {
    widget: () => ({ status: 503, contentType: 'text/plain', body: 'upstream connect error' }),
    summary: () => ({ status: 500, contentType: 'application/json', body: '{}' })
  }
}

export async function startFakeStatusPage(options = {}) {
  let scenario = options.scenario ?? 'incident'
  const requests = []
  const sockets = new Set()
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    requests.push({ method: req.method ?? 'GET', path, headers: { ...req.headers }, at: Date.now() })
    const plan = SCENARIOS[scenario]
    const which = path.startsWith('/proxy/') ? 'widget' : path === '/api/v2/summary.json' || path === '/api/v2/status.json' ? 'summary' : null
    const behaviour = which ? plan[which] : notFound
    if (behaviour === 'hang') return // the socket stays open until the client gives up or close()
    const entry = behaviour()
    const body = typeof entry.body === 'string' ? entry.body : JSON.stringify(entry.body)
    res.writeHead(entry.status, { 'content-type': entry.contentType ?? 'application/json' })
    res.end(body)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const port = server.address().port
  let closed = false
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    setScenario(next) {
      if (!SCENARIOS[next]) throw new Error(`fake-status-page: unknown scenario ${next}`)
      scenario = next
    },
    close() {
      if (closed) return Promise.resolve()
      closed = true
      for (const socket of sockets) socket.destroy()
      return new Promise((resolve) => server.close(() => resolve()))
    }
  }
}
