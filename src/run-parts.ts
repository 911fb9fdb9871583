/**
 * What a run loads only when it needs it — the checks, the API clients, the transport, the status page and
 * the scanner — behind one dynamic `import()` of this module. One module, so the bundler makes one chunk:
 * importing the parts one by one gave each chunk its own copy of the modules they share (the transport
 * was in three). The path without a key (a fork's pull request) loads none of it.
 */
export { proxyConfigured } from './api/transport.js'
export { checkKeyAndModels } from './checks/key-and-models.js'
export { createApi } from './providers/factory.js'
export { scanForModels } from './scan/scan.js'
export { withStatusPage } from './status/index.js'
