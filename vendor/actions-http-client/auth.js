// What core's OIDC client passes to HttpClient: the real lib/auth BearerCredentialHandler, loaded on first use.
let loading = null
const load = () => (loading ??= import('actions-http-client/lib/auth'))

export class BearerCredentialHandler {
  constructor(token) {
    this.token = token
  }

  prepareRequest(options) {
    if (!options.headers) throw Error('The request has no headers')
    options.headers['Authorization'] = `Bearer ${this.token}`
  }

  canHandleAuthentication() {
    return false
  }

  async handleAuthentication() {
    const { BearerCredentialHandler: Real } = await load()
    return new Real(this.token).handleAuthentication()
  }
}
