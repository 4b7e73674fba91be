/**
 * Text in another language than the page's carries its own `lang` (so screen readers switch
 * voice and browsers pick the right font), and Chinese pages use Chinese punctuation.
 */
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { localeKeys, site } from '~/site.config';
import { distFiles, readDist } from '../support/dist';

const pages = distFiles('.html').filter((f) => !f.startsWith('pagefind/'));
const langOfLabel = new Map(localeKeys.map((l) => [site.locales[l].label, site.locales[l].lang]));

/** The language an element is declared in: its own `lang` or its nearest ancestor's. */
function declaredLang(element: HTMLElement): string | undefined {
  for (let el: HTMLElement | null = element; el; el = el.parentNode) {
    const lang = el.getAttribute?.('lang');
    if (lang !== undefined) return lang;
  }
  return undefined;
}

/** The text a reader can see or hear: the body without scripts, styles and templates. */
function readableText(html: string): string {
  const body = parse(html).querySelector('body')!;
  for (const hidden of body.querySelectorAll('script, style, template')) hidden.remove();
  return body.textContent;
}

describe('language marks', () => {
  it('marks every language name with that language’s lang, on every page', () => {
    const wrong: string[] = [];
    for (const file of pages) {
      for (const element of parse(readDist(file)).querySelectorAll('body *')) {
        const text = element.textContent.trim();
        const lang = langOfLabel.get(text);
        // The innermost element holding the name is the one to mark (an <li> around a marked link is fine).
        if (!lang || element.children.some((child) => child.textContent.trim() === text)) continue;
        const declared = declaredLang(element);
        if (declared?.toLowerCase() !== lang.toLowerCase())
          wrong.push(
            `${file}: <${element.tagName.toLowerCase()}> "${element.textContent.trim()}" in lang=${declared}`,
          );
      }
    }
    expect(pages.length).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('writes no ASCII colon after Chinese text on Chinese pages (“其他语言版本：”, not “: ”)', () => {
    const zhPages = pages.filter((f) => f.startsWith('zh/'));
    expect(zhPages.length).toBeGreaterThan(10);
    const found = zhPages.flatMap((file) =>
      [...readableText(readDist(file)).matchAll(/.{0,12}\p{Script=Han}: .{0,12}/gu)].map(
        (m) => `${file}: ${m[0]}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
