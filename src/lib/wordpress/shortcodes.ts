/**
 * WordPress shortcodes in post bodies. `[caption]` becomes the image followed
 * by its caption in italics (what readers saw). Every other shortcode stays in
 * the text as written, so nothing silently disappears, and is reported: the
 * static site cannot run WordPress plugins (galleries, forms, embeds).
 */

const CAPTION = /\[(caption|wp_caption)\b([^\]]*)\]([\s\S]*?)\[\/\1\]/gi;
const MEDIA_FIRST = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i;
const CAPTION_ATTRIBUTE = /\bcaption=(?:"([^"]*)"|'([^']*)')/i;
/** Line breaks at either end of a caption, which Markdown would show as a stray `\`. */
const EDGE_BREAKS = /^(?:\s|<br\s*\/?>)+|(?:\s|<br\s*\/?>)+$/gi;

/** Shortcodes that come with WordPress or very common plugins, reported even without attributes. */
const KNOWN = new Set([
  'gallery',
  'embed',
  'audio',
  'video',
  'playlist',
  'contact-form-7',
  'contact-form',
  'gravityform',
  'wpforms',
  'ninja_form',
  'shortcode',
  'youtube',
  'vimeo',
  'tweet',
  'instagram',
  'googlemaps',
  'code',
  'sourcecode',
]);

/** `[name attr="x"]`, `[name]…[/name]`, or a known `[name]`. */
const SHORTCODE = /\[([a-z][a-z0-9_-]*)(\s[^\]]*)?\]/gi;

/**
 * Replaces `[caption]…[/caption]` by `<p>image</p><p><em>caption</em></p>`.
 * @example captionsToHtml('[caption id="a" width="300"]<img src="x.png" alt="Board"> Live board[/caption]')
 * // '\n\n<p><img src="x.png" alt="Board"></p>\n\n<p><em>Live board</em></p>\n\n'
 */
export function captionsToHtml(html: string): string {
  return html.replace(CAPTION, (_match, _name: string, attributes: string, inner: string) => {
    const media = MEDIA_FIRST.exec(inner);
    const fromAttribute = CAPTION_ATTRIBUTE.exec(attributes);
    const caption = (
      (media ? media[2]!.replace(EDGE_BREAKS, '') : '') ||
      (fromAttribute ? (fromAttribute[1] ?? fromAttribute[2] ?? '') : '')
    ).replace(EDGE_BREAKS, '');
    const blocks = [
      media ? `<p>${media[1]}</p>` : inner.trim() && `<p>${inner.trim()}</p>`,
      caption && `<p><em>${caption}</em></p>`,
    ];
    return `\n\n${blocks.filter(Boolean).join('\n\n')}\n\n`;
  });
}

/**
 * Names of the shortcodes left in a body, each once, in order of appearance.
 * @example findShortcodes('Intro [gallery ids="1,2"] and [sic]') // ['gallery']
 */
export function findShortcodes(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(SHORTCODE)) {
    const name = match[1]!.toLowerCase();
    const hasAttributes = /\S/.test(match[2] ?? '');
    const closed = html.toLowerCase().includes(`[/${name}]`);
    if ((hasAttributes || closed || KNOWN.has(name)) && !found.includes(name)) found.push(name);
  }
  return found;
}

/** The body without shortcodes, for a plain-text description. */
export function withoutShortcodes(text: string): string {
  return text.replace(/\[\/?[a-z][a-z0-9_-]*(?:\s[^\]]*)?\]/gi, ' ');
}
