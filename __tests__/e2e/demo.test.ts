/** `npm run demo` (the README's "see it work" command) runs the built action against the fake API and shows the result. */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from './run-action.js'

test('the demo shows a working model, a typo with its suggestion and an announced shutdown', async () => {
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
    const child = execFile(process.execPath, [join(ROOT, 'scripts', 'demo.mjs')], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } }, (_e, out) =>
      resolve({ code: child.exitCode, stdout: out })
    )
  })
  expect(code).toBe(0)
  expect(stdout).toContain('## ❌ OpenAI access check failed: 1 problem, 1 warning')
  expect(stdout).toContain('did you mean <code>gpt-4o-mini</code>?')
  expect(stdout).toContain('The model is scheduled for shutdown')
  expect(stdout).toContain('accessible-models = gpt-4o-mini,gpt-4o,text-embedding-3-small')
  expect(stdout).not.toContain('sk-proj-DEMO')
})
