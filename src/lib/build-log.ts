/**
 * Reads what `astro build` says it did with each page: rendered again, or
 * reused from the incremental cache (`(cached)` when the file was still in
 * the output folder, `(restored)` when it was copied back from cacheDir).
 * The benchmark and the incremental-build test count pages with it.
 */

export interface PageOutcomes {
  /** Output files rendered in this build, e.g. `/en/articles/foo/index.html`, `/en/rss.xml`. */
  rendered: string[];
  /** Output files taken unchanged from the previous build. */
  reused: string[];
}

// Astro colours its log on a terminal; escape sequences are dropped before reading it.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * The pages a build rendered and the pages it reused, from its log.
 * @example pageOutcomes('  ├─ /en/index.html (+5ms)\n  ├─ /de/index.html (restored)')
 * // { rendered: ['/en/index.html'], reused: ['/de/index.html'] }
 */
export function pageOutcomes(log: string): PageOutcomes {
  const outcomes: PageOutcomes = { rendered: [], reused: [] };
  for (const line of log.replace(ANSI, '').split('\n')) {
    const match = /├─ (\/\S*) (.*)$/.exec(line);
    if (!match) continue;
    if (/\((?:cached|restored)\)/.test(match[2]!)) outcomes.reused.push(match[1]!);
    else outcomes.rendered.push(match[1]!);
  }
  return outcomes;
}
