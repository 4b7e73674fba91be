/**
 * A description for posts without an excerpt: the start of the text, cut at a
 * word boundary (or, for Chinese, at the end of a sentence) and marked with "…".
 */

const SENTENCE_END = /[。！？.!?]/g;

/**
 * @example descriptionFrom('Queue callbacks are popular. Customers like them …', 30) // 'Queue callbacks are popular.…'
 */
export function descriptionFrom(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max + 1);
  const space = head.lastIndexOf(' ');
  if (space > max * 0.6) return `${head.slice(0, space).replace(/[\s,;:–—-]+$/, '')}…`;
  const ends = [...clean.slice(0, max).matchAll(SENTENCE_END)].map((m) => m.index + 1);
  const sentence = ends.at(-1);
  if (sentence && sentence > max * 0.5) return clean.slice(0, sentence);
  return `${clean.slice(0, max)}…`;
}
