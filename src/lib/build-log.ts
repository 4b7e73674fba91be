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

export interface ImageOutcomes {
  /** Files sharp made in this build (`/_astro/chart.Ab12_Cd34.avif`). */
  encoded: string[];
  /** Files copied from the image cache in cacheDir, unchanged since a build made them. */
  reused: string[];
}

/**
 * Which optimized images a build made and which it took from the cache, from the lines Astro
 * prints under "generating optimized images"; a new or changed picture has new file names,
 * since they carry a hash of the source.
 * @example imageOutcomes('  ▶ /_astro/a.X_1.avif (before: 9kB, after: 3kB) (+20ms) (1/2)\n  ▶ /_astro/b.Y_2.webp (reused cache entry) (+1ms) (2/2)')
 * // { encoded: ['/_astro/a.X_1.avif'], reused: ['/_astro/b.Y_2.webp'] }
 */
export function imageOutcomes(log: string): ImageOutcomes {
  const outcomes: ImageOutcomes = { encoded: [], reused: [] };
  for (const line of log.replace(ANSI, '').split('\n')) {
    const match = /▶ (\/\S+) \((before: |reused cache entry|revalidated cache entry)/.exec(line);
    if (!match) continue;
    if (match[2] === 'before: ') outcomes.encoded.push(match[1]!);
    else outcomes.reused.push(match[1]!);
  }
  return outcomes;
}
