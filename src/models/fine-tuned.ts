/**
 * Fine-tuned model ids, parsed in one place: `ft:<base>:<organization>:<suffix>:<id>`, optionally followed by
 * `:ckpt-step-<n>` (a checkpoint). The suffix may be empty (`ft:gpt-4o-mini-2024-07-18:acme::9abc`). Pure.
 */

export interface FineTunedId {
  /** The model it was trained from, e.g. `gpt-4o-mini-2024-07-18`. */
  base: string
  organization: string
  suffix: string
  id: string
  /** The training step of a checkpoint id, or null. */
  checkpointStep: number | null
}

const FINE_TUNED = /^ft:([a-z0-9][a-z0-9.-]{0,99}):([A-Za-z0-9_-]{1,64}):([A-Za-z0-9_.-]{0,64}):([A-Za-z0-9]{1,64})(?::ckpt-step-(\d{1,12}))?$/

/** The parts of a fine-tuned id, or null when `id` is not one (or not well formed). */
export function parseFineTuned(id: string): FineTunedId | null {
  if (!id.startsWith('ft:')) return null
  const m = FINE_TUNED.exec(id)
  if (!m) return null
  return {
    base: m[1] as string,
    organization: m[2] as string,
    suffix: m[3] as string,
    id: m[4] as string,
    checkpointStep: m[5] === undefined ? null : Number(m[5])
  }
}
