import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineCode, narrowPagePolicy, parsePolicy, policyMetas } from '~/lib/page-policy';

/** sha256 in CSP's spelling, computed here independently of src/lib/page-policy.ts. */
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const headerScript = 'addEventListener("keydown",()=>{})';
const catalogueScript = 'customElements.define("x-y",class extends HTMLElement{})';
const islandLoader = '(()=>{var e=async t=>{await(await t())()};})()';

/** A page as Astro writes it: the policy late in <head>, listing every hash of the site. */
function astroPage(body: string, extraHead = ''): string {
  const policy = [
    "default-src 'none'",
    "img-src 'self'",
    `script-src 'self' ${hash(headerScript)} ${hash(catalogueScript)} ${hash(islandLoader)}`,
    `style-src 'self' ${hash('')}`,
  ].join(';');
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title>${extraHead}` +
    `<meta http-equiv="content-security-policy" content="${policy};">` +
    `<link rel="stylesheet" href="/_astro/a.css"></head><body>${body}</body></html>`
  );
}

const scriptSrc = (html: string) =>
  Object.fromEntries(parsePolicy(policyMetas(html)[0]!))['script-src'];

describe('narrowing a page’s Content-Security-Policy', () => {
  it('keeps only the hashes of the inline scripts on that page', () => {
    const page = narrowPagePolicy(astroPage(`<script type="module">${headerScript}</script>`));
    expect(scriptSrc(page)).toEqual(["'self'", hash(headerScript)]);
    const styleSrc = Object.fromEntries(parsePolicy(policyMetas(page)[0]!))['style-src'];
    expect(styleSrc).toEqual(["'self'"]);
  });

  it('keeps every other directive and source as Astro wrote it', () => {
    const page = narrowPagePolicy(astroPage(''));
    expect(policyMetas(page)[0]).toBe(
      "default-src 'none'; img-src 'self'; script-src 'self'; style-src 'self'",
    );
  });

  it('moves the policy right after <meta charset>, so it covers the whole page', () => {
    const page = narrowPagePolicy(
      astroPage('', '<script type="application/ld+json">{"@type":"Person"}</script>'),
    );
    expect(page).toMatch(/^<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv/);
    expect(policyMetas(page)).toHaveLength(1);
  });

  it('stops on an inline script the policy does not list, such as an is:inline one', () => {
    const page = astroPage(`<script>alert(1)</script><script>${headerScript}</script>`);
    expect(() => narrowPagePolicy(page)).toThrow(
      /an inline script is not in the page's Content-Security-Policy.*sha256-/,
    );
  });

  it('stops on an inline <style> the policy does not list', () => {
    expect(() => narrowPagePolicy(astroPage('<style>p{color:red}</style>'))).toThrow(
      /an inline style is not in the page's Content-Security-Policy/,
    );
  });

  it('stops on a page with no policy or two', () => {
    expect(() => narrowPagePolicy('<html><head><meta charset="utf-8"></head></html>')).toThrow(
      /expected one Content-Security-Policy <meta>, found 0/,
    );
    const twice = astroPage('').replace(
      '<title>',
      '<meta http-equiv="content-security-policy" content="default-src \'none\'"><title>',
    );
    expect(() => narrowPagePolicy(twice)).toThrow(/found 2/);
  });
});

describe('inline code of a page', () => {
  it('counts scripts the browser runs, not JSON-LD, external scripts or commented-out ones', () => {
    const html = [
      '<script type="application/ld+json">{"a":1}</script>',
      '<script type="module" src="/_astro/a.js"></script>',
      '<script data-src="x">one()</script>',
      '<!-- <script>old()</script> -->',
      '<script type="text/javascript">two()</script>',
      '<script type=module>three()</script>',
      '<style>p{}</style>',
    ].join('');
    expect(inlineCode(html)).toEqual({
      scripts: ['one()', 'two()', 'three()'],
      styles: ['p{}'],
    });
  });

  it('hashes a script as the browser reads it, with CR LF as LF', () => {
    const crlf = 'a();\r\nb();';
    const page = astroPage(`<script>${crlf}</script>`).replace(
      hash(headerScript),
      hash('a();\nb();'),
    );
    expect(scriptSrc(narrowPagePolicy(page))).toEqual(["'self'", hash('a();\nb();')]);
  });
});
