/**
 * When the site is built, for the little a page shows of it (the copyright year). Set
 * SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds.org convention) to fix it, so
 * that two builds of the same content are byte-identical whenever they run; a value that is not a
 * whole number of seconds is ignored.
 * @example buildTime({ SOURCE_DATE_EPOCH: '1767225600' }).getUTCFullYear() // 2026
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}
