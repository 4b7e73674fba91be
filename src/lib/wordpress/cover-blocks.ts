/**
 * Background images: a Gutenberg cover block shows its picture behind its
 * text, as CSS (`style="background-image:url(…)"` on the block, the URL also
 * in the `<!-- wp:cover {"url":…} -->` comment) or, since WordPress 5.7, as an
 * `<img class="wp-block-cover__image-background">`. Markdown has no
 * backgrounds and the CSS would be dropped with the wrapper, so the picture
 * becomes an ordinary image placed before the block's text, copied like any
 * other upload.
 */
import type { Comment, Element, ElementContent } from 'hast';

const BACKGROUND = /background-image\s*:\s*url\(\s*(['"]?)(.+?)\1\s*\)/i;
const COVER_COMMENT = /^\s*wp:cover\s+(\{[\s\S]*\})\s*\/?\s*$/;

/** The image URL of a `<!-- wp:cover {…} -->` comment (not of a video cover). */
export function coverCommentImage(comment: Comment): { url: string; alt: string } | undefined {
  const json = COVER_COMMENT.exec(comment.value)?.[1];
  if (!json) return undefined;
  let attributes: unknown;
  try {
    attributes = JSON.parse(json);
  } catch {
    return undefined;
  }
  const { url, alt, backgroundType } = attributes as Record<string, unknown>;
  if (typeof url !== 'string' || !url || backgroundType === 'video') return undefined;
  return { url, alt: typeof alt === 'string' ? alt : '' };
}

function hasImage(node: Element, url: string): boolean {
  return node.children.some(
    (child) =>
      child.type === 'element' &&
      ((child.tagName === 'img' && String(child.properties.src ?? '').trim() === url) ||
        hasImage(child, url)),
  );
}

/**
 * Puts an element's background image (from its style, or else from the cover
 * comment before it) in front of its content as an `<img>`, unless the
 * element already shows that image.
 * @example
 * // <div class="wp-block-cover" style="background-image:url(/a.jpg)"><p>Hi</p></div>
 * // becomes <div class="wp-block-cover"><img src="/a.jpg" alt=""><p>Hi</p></div>
 */
export function keepBackgroundImage(
  node: Element,
  fromComment?: { url: string; alt: string },
): void {
  const style = String(node.properties.style ?? '');
  const url = BACKGROUND.exec(style)?.[2]?.trim() || fromComment?.url;
  if (!url || url.startsWith('data:') || hasImage(node, url)) return;
  const image: ElementContent = {
    type: 'element',
    tagName: 'img',
    properties: { src: url, alt: fromComment?.url === url ? fromComment.alt : '' },
    children: [],
  };
  node.children.unshift(image);
}
