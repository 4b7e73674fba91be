/**
 * Problems found at a URL — a remote image, an image without alt text, a
 * removed video, a link left on the old blog — are reported once per kind and
 * post: a gallery of 80 remote images gives one line with the count and the
 * first few URLs, not 80 lines that hide every other warning.
 */

export interface Finding {
  /** Findings of one kind share a line. */
  kind: string;
  /** Where it was found; the same URL twice counts once. */
  url?: string;
  /**
   * The line for `count` findings of this kind; `urls` lists their URLs
   * (`a, b, c and 9 more`), or is empty when none has one.
   */
  message: (count: number, urls: string) => string;
}

/** How many URLs a grouped line names before `and N more`. */
const SHOWN = 3;

/**
 * @example listUrls(['a', 'b', 'c', 'd', 'e']) // 'a, b, c and 2 more'
 */
export function listUrls(urls: string[]): string {
  if (urls.length <= SHOWN + 1) return urls.join(', ');
  return `${urls.slice(0, SHOWN).join(', ')} and ${urls.length - SHOWN} more`;
}

/** One line per kind, in the order each kind was first found. */
export function reportFindings(findings: Finding[]): string[] {
  const groups = new Map<string, { first: Finding; urls: string[]; withoutUrl: number }>();
  for (const finding of findings) {
    let group = groups.get(finding.kind);
    if (!group) groups.set(finding.kind, (group = { first: finding, urls: [], withoutUrl: 0 }));
    if (!finding.url) group.withoutUrl++;
    else if (!group.urls.includes(finding.url)) group.urls.push(finding.url);
  }
  return [...groups.values()].map(({ first, urls, withoutUrl }) =>
    first.message(urls.length + withoutUrl, listUrls(urls)),
  );
}

/** `image` / `3 images`, for the start of a line. */
export function counted(count: number, one: string, many: string): string {
  return count === 1 ? one : `${count} ${many}`;
}
