#!/usr/bin/env node
/** The `openai-access-check` command (bin). Bundled on its own into dist-cli/ by `npm run build:cli`. */
import { runCli } from './run.js'

// `openai-access-check … | head` closes stdout early: that is no error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

process.exitCode = await runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  cwd: process.cwd()
})
