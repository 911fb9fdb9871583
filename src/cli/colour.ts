/**
 * Whether the terminal output is coloured: FORCE_COLOR decides when set (`0`/`false` turn colour off,
 * anything else on, as Node itself reads it), then NO_COLOR (https://no-color.org: any non-empty value
 * turns it off), then whether stdout is a terminal that is not `dumb`. Pure.
 */
export function useColour(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase())
  if (env.NO_COLOR) return false
  return isTTY && env.TERM !== 'dumb'
}
