/** Closest listed model ids to a mistyped one (`gpt4o` → `gpt-4o`). Pure. */

function distance(a: string, b: string): number {
  // Optimal string alignment distance (Levenshtein with adjacent transpositions).
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '')

export function suggestModels(wanted: string, available: readonly string[], max = 3): string[] {
  const target = wanted.toLowerCase()
  const scored: Array<{ id: string; score: number }> = []
  for (const id of available) {
    if (id === wanted) continue
    const lower = id.toLowerCase()
    let score: number
    if (lower === target || squash(id) === squash(wanted)) score = 0
    else {
      score = distance(target, lower)
      const limit = Math.max(2, Math.floor(target.length / 3))
      if (score > limit) {
        // `gpt-4o-mini-2024` typed for a dated snapshot: suggest ids that begin with it.
        if (lower.startsWith(target) && target.length >= 5) score = limit + 0.5
        else continue
      }
    }
    scored.push({ id, score })
  }
  return scored
    .sort((x, y) => x.score - y.score || x.id.length - y.id.length || x.id.localeCompare(y.id))
    .slice(0, max)
    .map((s) => s.id)
}
