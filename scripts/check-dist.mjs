#!/usr/bin/env node
// Fails when dist/ differs from what is committed (changed, deleted or untracked files), after `npm run build`.
import { execFileSync } from 'node:child_process'

let status
try {
  status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], { encoding: 'utf8' })
} catch {
  console.log('check-dist: not a git checkout; skipped.')
  process.exit(0)
}
if (status.trim() === '') {
  console.log('check-dist: dist/ matches the committed bundle.')
  process.exit(0)
}
console.error('check-dist: dist/ is not the committed bundle. Run `npm run build` and commit all of dist/:')
console.error(status)
try {
  console.error(execFileSync('git', ['diff', '--stat', '--', 'dist'], { encoding: 'utf8' }))
} catch {
  // the status above is enough
}
process.exit(1)
