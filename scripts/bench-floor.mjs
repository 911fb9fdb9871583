// The floor for `npm run bench`: a bare Node script that makes only the unavoidable requests, all at
// once, in ONE round trip, with the built-in fetch. No imports, no SDK, nothing but what any check must do:
//
//   list:    GET /models                                              (1 round trip)
//   request: GET /models and every POST /chat/completions, together   (1 round trip)
//
// Usage: BENCH_API_KEY=<key> node scripts/bench-floor.mjs <list|request> <base-url> <model,model,...>
// Exits 0 when every answer was a 2xx, 1 otherwise (with the reason on stderr).
const [mode, baseUrl, modelList = ''] = process.argv.slice(2)
const key = process.env.BENCH_API_KEY ?? ''
if ((mode !== 'list' && mode !== 'request') || !baseUrl) {
  console.error('usage: BENCH_API_KEY=<key> node scripts/bench-floor.mjs <list|request> <base-url> <model,model,...>')
  process.exit(2)
}
const models = mode === 'request' ? modelList.split(',').filter(Boolean) : []
const auth = { authorization: `Bearer ${key}` }

const listing = (async () => {
  const list = await fetch(`${baseUrl}/models`, { headers: auth })
  const listed = await list.json()
  return list.ok && Array.isArray(listed?.data) ? 200 : list.status
})()
const probes = models.map(async (model) => {
  const res = await fetch(`${baseUrl}/chat/completions`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: 'Hi' }], max_completion_tokens: 1 })
  })
  await res.json()
  return res.status
})
const [listStatus, ...statuses] = await Promise.all([listing, ...probes])
if (listStatus !== 200) {
  console.error(`GET /models answered ${listStatus}`)
  process.exit(1)
}
const bad = statuses.filter((s) => s < 200 || s > 299)
if (bad.length > 0) {
  console.error(`${bad.length} of ${statuses.length} probes failed: ${bad.join(', ')}`)
  process.exit(1)
}
