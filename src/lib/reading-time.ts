/**
 * Reading time from an article's source. Chinese (and other CJK text) has no
 * spaces between words, so it is counted by characters; everything else by words.
 */

export interface ReadingRate {
  unit: 'words' | 'characters';
  perMinute: number;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Strips Markdown/MDX syntax that a reader never reads: code, tags, link targets, imports. */
export function readableText(source: string): string {
  return source
    .replace(/^import\s[\s\S]*?\sfrom\s*['"][^'"]*['"];?/gm, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ');
}

/** Counts words and CJK characters separately; a CJK run is not a word. */
export function countText(source: string): { words: number; characters: number } {
  const text = readableText(source);
  const characters = (text.match(CJK) ?? []).length;
  const words = (text.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
  return { words, characters };
}

/**
 * Whole minutes, at least one.
 * @example readingMinutes('word '.repeat(460), { unit: 'words', perMinute: 230 }) // 2
 */
export function readingMinutes(source: string, rate: ReadingRate): number {
  const { words, characters } = countText(source);
  // Mixed text: count each part at the rate of its own kind (a Latin word ≈ 2 CJK characters).
  const units = rate.unit === 'characters' ? characters + words * 2 : words + characters / 2;
  return Math.max(1, Math.round(units / rate.perMinute));
}
