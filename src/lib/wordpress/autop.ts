/**
 * A small version of WordPress's wpautop(): classic-editor posts are stored
 * without <p> tags, and WordPress adds them when it shows the post — a blank
 * line starts a new paragraph, a single line break becomes <br>. Posts made
 * with the block editor (`<!-- wp:… -->`) already have their tags and are left alone.
 */

const BLOCK =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|script)';
const OPENS_BLOCK = new RegExp(`^<${BLOCK}[\\s/>]`, 'i');
const ENDS_WITH_BLOCK = new RegExp(`</${BLOCK}>$`, 'i');

export function isBlockEditorPost(html: string): boolean {
  return /<!--\s*\/?wp:/.test(html);
}

/**
 * @example autop('First line\nsecond line\n\nNext paragraph') // '<p>First line<br>\nsecond line</p>\n<p>Next paragraph</p>'
 */
export function autop(html: string): string {
  const kept: string[] = [];
  // <pre> keeps its line breaks exactly.
  let text = html
    .replace(/\r\n?/g, '\n')
    .replace(/<pre\b[\s\S]*?<\/pre>/gi, (pre) => `\u0000${kept.push(pre) - 1}\u0000`);
  text = text
    .replace(new RegExp(`(<${BLOCK}[\\s/>])`, 'gi'), '\n\n$1')
    .replace(new RegExp(`(</${BLOCK}>)`, 'gi'), '$1\n\n');
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => {
      // eslint-disable-next-line no-control-regex -- NUL-delimited placeholders for kept blocks
      if (OPENS_BLOCK.test(chunk) || ENDS_WITH_BLOCK.test(chunk) || /^\u0000\d+\u0000$/.test(chunk))
        return chunk;
      // As in WordPress, the spaces that start a line stay (they indent code).
      return `<p>${chunk.replace(/\s*\n/g, '<br>\n')}</p>`;
    });
  // eslint-disable-next-line no-control-regex -- NUL-delimited placeholders for kept blocks
  return paragraphs.join('\n').replace(/\u0000(\d+)\u0000/g, (_m, i: string) => kept[Number(i)]!);
}
