/** The package's version, read from its package.json (found upwards from this file: src/cli/ in the repository, the bundle's folder once installed). */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PACKAGE_NAME = 'openai-access-check'

export function packageVersion(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from, i = 0; i < 5; i++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string }
      if (pkg.name === PACKAGE_NAME && pkg.version) return pkg.version
    } catch {
      // no package.json here (or not ours): look one level up
    }
  }
  return 'unknown'
}
