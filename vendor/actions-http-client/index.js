// @actions/core 3 imports HttpClient at start-up for its OIDC client (core.getIDToken) alone. The real
// @actions/http-client imports undici: about 1 MB that every run compiled and evaluated before its first
// line, for a method this action never calls. This stand-in loads the real client the first time it is used.
let loading = null
const load = () => (loading ??= import('actions-http-client'))

export class HttpClient {
  #args
  #real = null

  constructor(userAgent, handlers, requestOptions) {
    this.#args = [userAgent, handlers, requestOptions]
  }

  async #client() {
    const { HttpClient: Real } = await load()
    this.#real ??= new Real(...this.#args)
    return this.#real
  }

  // The one method core's OIDC client calls.
  async getJson(requestUrl, additionalHeaders) {
    return (await this.#client()).getJson(requestUrl, additionalHeaders)
  }
}
