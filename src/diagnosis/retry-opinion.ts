/**
 * What the diagnosis makes of an answer, for the retry policy (src/api/retry-policy.ts, which is given this
 * function and knows no categories). A 429 is retried only when it is a rate limit or an overload (never an
 * empty balance), and not a single request larger than the tokens-per-minute limit, which fails the same way
 * every time. A 5xx that says the model is not served or the balance is empty is not retried. Other statuses: no
 * opinion, the status decides.
 */
import type { HttpAnswer } from '../api/types.js'
import { readErrorFields } from './api-error.js'
import { answerCategory } from './classify.js'

export function retryOpinion(answer: HttpAnswer): boolean | null {
  if (answer.status >= 500) {
    // A relay's 503 "no channel serves this model" (one-api, new-api) or an exhausted balance: retrying fails alike.
    const category = answerCategory(answer)
    return category === 'model-not-found' || category === 'model-no-access' || category === 'insufficient-quota' ? false : null
  }
  if (answer.status !== 429) return null
  const category = answerCategory(answer)
  return (category === 'rate-limited' || category === 'server-error') && !/request too large/i.test(readErrorFields(answer).message)
}
