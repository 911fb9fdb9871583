/**
 * The file walker of `models-from`: lists the repository files the patterns select and reads them.
 *
 * `node_modules`, `.git` and `dist` directories are skipped unless a pattern names them literally
 * (`dist/**\/*.js`). Symbolic links to directories are never followed; links to files are read only when
 * they resolve inside the root. Each pattern's literal base is walked only when it resolves to a real
 * directory inside the root, reached without a symbolic link.
 */
import fs from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { comparePaths, isSelected, SKIPPED_DIRECTORIES, type CompiledPattern } from './globs.js'

export interface Candidate {
  /** Repository-relative path, forward slashes. */
  file: string
  symlink: boolean
}

/** Bytes inspected for a NUL to call a file binary. */
const BINARY_SNIFF_BYTES = 8192

export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target)
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel))
}

/**
 * Every file below `root` that `patterns` select, in path order. Stops early (returning what it has,
 * with `timedOut`) once `stopAt` (epoch ms) has passed.
 */
export async function collectFiles(root: string, patterns: readonly CompiledPattern[], stopAt = Infinity): Promise<{ files: Candidate[]; timedOut: boolean }> {
  const positive = patterns.filter((p) => !p.negate)
  const named = new Set<string>()
  for (const p of positive) for (const n of p.names) named.add(n)

  // Walk each literal base once: drop a base below another one.
  const bases = [...new Set(positive.map((p) => p.base))].sort(comparePaths)
  const roots: string[] = []
  for (const b of bases) {
    if (!roots.some((r) => r === '' || b === r || b.startsWith(r + '/'))) roots.push(b)
  }

  const out: Candidate[] = []
  let timedOut = false
  walk: for (const base of roots) {
    if (base !== '') {
      if (base.split('/').some((s) => SKIPPED_DIRECTORIES.includes(s) && !named.has(s))) continue
      // The base as the file system resolves it, whatever its spelling: inside the root, or not walked at all.
      const abs = path.resolve(root, ...base.split('/'))
      if (!isInside(root, abs)) continue
      let real: string
      try {
        real = await realpath(abs)
      } catch {
        continue
      }
      if (real !== abs) continue // reached through a symbolic link
    }
    const stack: string[] = [base]
    while (stack.length > 0) {
      if (Date.now() >= stopAt) {
        timedOut = true
        break walk
      }
      const dir = stack.pop() as string
      let entries
      try {
        entries = await readdir(dir === '' ? root : path.join(root, ...dir.split('/')), { withFileTypes: true })
      } catch {
        continue
      }
      const subdirs: string[] = []
      for (const e of entries) {
        const rel = dir === '' ? e.name : `${dir}/${e.name}`
        if (e.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.includes(e.name) || named.has(e.name)) subdirs.push(rel)
        } else if (e.isFile() || e.isSymbolicLink()) {
          if (isSelected(rel, patterns)) out.push({ file: rel, symlink: e.isSymbolicLink() })
        }
      }
      subdirs.sort(comparePaths)
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i] as string)
    }
  }
  out.sort((a, b) => comparePaths(a.file, b.file))
  return { files: out, timedOut }
}

export type ReadOutcome = { kind: 'text'; text: string } | { kind: 'skipped' } | { kind: 'ignored' }

/**
 * Read one selected file into `buffer` (a worker's, `maxFileBytes + 1` long). Regular files are read
 * without a stat: reading stops at `maxFileBytes + 1` bytes, which tells an oversized file. A symbolic
 * link is first resolved (it must stay inside the root) and stat'ed (it must lead to a regular file:
 * never a directory, and never a FIFO, whose open would block). Binary files (a NUL in the first 8 KiB)
 * are skipped.
 */
export async function readCandidate(root: string, c: Candidate, maxFileBytes: number, buffer: Buffer): Promise<ReadOutcome> {
  const abs = path.join(root, ...c.file.split('/'))
  if (c.symlink) {
    try {
      if (!isInside(root, await realpath(abs))) return { kind: 'skipped' }
      const st = await stat(abs)
      if (!st.isFile()) return { kind: 'ignored' }
      if (st.size > maxFileBytes) return { kind: 'skipped' }
    } catch {
      return { kind: 'ignored' } // dangling link
    }
  }
  let fd: number
  try {
    fd = await openFile(abs)
  } catch {
    return { kind: 'skipped' }
  }
  try {
    let length = 0
    while (length < buffer.length) {
      const wanted = buffer.length - length
      const bytesRead = await readInto(fd, buffer, length, wanted)
      length += bytesRead
      if (bytesRead < wanted) break // a short read of a regular file is its end: no extra read for EOF
    }
    if (length > maxFileBytes) return { kind: 'skipped' }
    if (buffer.subarray(0, Math.min(length, BINARY_SNIFF_BYTES)).includes(0)) return { kind: 'skipped' }
    return { kind: 'text', text: buffer.toString('utf8', 0, length) }
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EISDIR' ? { kind: 'ignored' } : { kind: 'skipped' }
  } finally {
    await closeFile(fd)
  }
}

// The callback API, promisified by hand: measurably cheaper per file than FileHandle objects.
function openFile(file: string): Promise<number> {
  return new Promise((resolve, reject) => fs.open(file, 'r', (error, fd) => (error ? reject(error) : resolve(fd))))
}

function readInto(fd: number, buffer: Buffer, offset: number, length: number): Promise<number> {
  return new Promise((resolve, reject) => fs.read(fd, buffer, offset, length, offset, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))))
}

function closeFile(fd: number): Promise<void> {
  return new Promise((resolve) => fs.close(fd, () => resolve()))
}
