/**
 * Closest listed model ids to a mistyped one (`gpt4o` → `gpt-4o`). Pure.
 *
 * Bounded, because the listed ids come from the server: ids much longer than any model id are skipped, an id
 * whose length alone puts it beyond the cut-off is never compared, the edit distance stops as soon as it
 * must exceed the cut-off (two rows, not a matrix), and the search stops when the deadline has passed.
 */

/** Listed ids longer than this are not model ids anyone types (OpenAI's are under 60 characters). */
const MAX_ID_LENGTH = 256
/** How often (in listed ids) the deadline is looked at. */
const DEADLINE_EVERY = 64

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions), or `max + 1` as soon as it
 * is known to exceed `max`. O(len(a) × len(b)) at worst, usually far less; three rows of memory.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before = new Array<number>(b.length + 1).fill(0) // row i - 2
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j) // row i - 1
  let current = new Array<number>(b.length + 1).fill(0)
  let previousMin = 0
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1)
      current[j] = d
      if (d < rowMin) rowMin = d
    }
    // Every later cell is at least the smallest of this row (or of the row before, via a transposition).
    if (rowMin > max && previousMin >= max) return max + 1
    previousMin = rowMin
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[b.length] > max ? max + 1 : previous[b.length]
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '')

export interface SuggestOptions {
  /** True once the run's deadline has passed: the search stops with what it has. */
  expired?: () => boolean
}

export function suggestModels(wanted: string, available: readonly string[], max = 3, options: SuggestOptions = {}): string[] {
  const target = wanted.toLowerCase()
  const squashedTarget = squash(wanted)
  const limit = Math.max(2, Math.floor(target.length / 3))
  const scored: Array<{ id: string; score: number }> = []
  for (let n = 0; n < available.length; n++) {
    if (n % DEADLINE_EVERY === 0 && options.expired?.()) break
    const id = available[n]
    if (id === wanted || id.length > MAX_ID_LENGTH) continue
    const lower = id.toLowerCase()
    let score: number
    if (lower === target || squash(id) === squashedTarget) score = 0
    else {
      score = boundedDistance(target, lower, limit)
      if (score > limit) {
        // `gpt-4o-mini-2024` typed for a dated snapshot: suggest ids that begin with it.
        if (lower.startsWith(target) && target.length >= 5) score = limit + 0.5
        else continue
      }
    }
    scored.push({ id, score })
  }
  return scored
    .sort((x, y) => x.score - y.score || x.id.length - y.id.length || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .slice(0, max)
    .map((s) => s.id)
}
