/**
 * A count with thousands separators, as `toLocaleString('en-US')` writes it: 1234567 → "1,234,567".
 * By hand because the first `toLocaleString` of a process loads ICU's number formatting, about 25 ms of a
 * run that takes 300 (a CPU profile of `npm run bench`'s runs).
 */
export function thousands(n: number): string {
  if (!Number.isFinite(n)) return String(n)
  const [whole, fraction] = String(Math.abs(n)).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',')
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`
}
