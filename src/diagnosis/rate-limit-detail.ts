/**
 * Which rate limit a 429 names, read from the API's own wording. Pure.
 *
 *   2024–2026: "Rate limit reached for gpt-4o-mini in organization org-… on requests per day (RPD): Limit 200,
 *              Used 200, Requested 1. Please try again in 7m12s. … You can increase your rate limit by adding a
 *              payment method to your account at …"
 *   2023:      "Rate limit reached for default-gpt-3.5-turbo in organization org-… on requests per min. Limit: 3 / min.
 *              Please try again in 20s. … Please add a payment method to your account to increase your rate limit."
 *   2022:      "Rate limit reached for tokens. Limit: 150000.000000 / min. Current: 176000.000000 / min."
 */

export interface RateLimitDetail {
  /** `requests per day (RPD)`, `tokens per minute (TPM)`, … */
  name: string
  per: 'minute' | 'day'
  limit: number | null
  model: string | null
  /** `7m12s`, as the API says it. */
  retryIn: string | null
  /** The answer says a payment method raises the limit (the free tier). */
  paymentMethod: boolean
}

const ABBREVIATION: Record<string, string> = {
  'requests:minute': 'RPM',
  'requests:day': 'RPD',
  'tokens:minute': 'TPM',
  'tokens:day': 'TPD',
  'images:minute': 'IPM'
}

export function readRateLimit(message: string): RateLimitDetail | null {
  const on =
    /\bon (requests|tokens|images) per (min(?:ute)?|day)\b/i.exec(message) ?? /\brate limit reached for (requests|tokens)\b.*?\/\s*(min|day)\b/i.exec(message)
  if (!on) return null
  const unit = on[1].toLowerCase()
  const per = /^min/i.test(on[2]) ? 'minute' : 'day'
  const limitText = /\blimit:?\s*([\d,]+(?:\.\d+)?)/i.exec(message.slice(on.index))?.[1]
  const limit = limitText ? Math.round(Number(limitText.replace(/,/g, ''))) : null
  const model = /rate limit reached for ([A-Za-z0-9][\w.:\-/]*) in organization/i.exec(message)?.[1] ?? null
  return {
    name: `${unit} per ${per} (${ABBREVIATION[`${unit}:${per}`] ?? unit.toUpperCase()})`,
    per,
    limit: Number.isFinite(limit) ? limit : null,
    // 2023 names the limit's pool: `default-gpt-3.5-turbo` is the model's, `default-global-with-image-limits` none.
    model: model === null || /^default-global/.test(model) ? null : model.replace(/^default-/, ''),
    retryIn: /try again in ([\dhms.]+)/i.exec(message)?.[1]?.replace(/\.$/, '') ?? null,
    paymentMethod: /payment method/i.test(message)
  }
}
