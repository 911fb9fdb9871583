// Preloaded with `node --import` by the end-to-end tests: appends the URL of every module the process loads
// to the file named by RECORD_MODULES_TO, through Node's own module hooks (node:module registerHooks), so a
// test can tell which of dist/'s chunks a run really loaded.
import { appendFileSync } from 'node:fs'
import { registerHooks } from 'node:module'

const out = process.env.RECORD_MODULES_TO
if (out) {
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(out, `${url}\n`)
      return nextLoad(url, context)
    }
  })
}
