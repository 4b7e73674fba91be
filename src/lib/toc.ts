/**
 * The table of contents of an article: its sections (h2), linked by the ids
 * the Markdown renderer gave their headings. Short articles get none.
 */

/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  id: string;
  text: string;
}

/** Fewer sections than this read fine without a table of contents. */
export const TOC_MIN_SECTIONS = 3;

/**
 * The h2 sections of a body, or none when there are fewer than `TOC_MIN_SECTIONS`.
 * @example tableOfContents((await render(entry)).headings)
 */
export function tableOfContents(headings: readonly Heading[]): TocEntry[] {
  const sections = headings.filter((h) => h.depth === 2);
  return sections.length < TOC_MIN_SECTIONS
    ? []
    : sections.map((h) => ({ id: h.slug, text: h.text }));
}
