/**
 * Narrows the Content-Security-Policy `<meta>` Astro writes into each built page to that page.
 *
 * Astro lists the same hashes on every page: every script it inlined anywhere in the site, plus
 * its island loaders (this site has no islands). After the build each page keeps only the hashes
 * of its own inline scripts and styles, and the `<meta>` moves to the top of `<head>` so the policy
 * covers everything after `<meta charset>`. A page that runs an inline script or style the policy
 * does not list (an `is:inline` script, say) stops the build: a browser would block it.
 */
import { createHash } from 'node:crypto';

/** The base64 digest CSP compares, as it appears in a policy: `sha256-…`. */
export function cspHash(text: string): string {
  // Browsers hash the text after turning CR LF into LF, as they read the document.
  const normalized = text.replace(/\r\n?/g, '\n');
  return `sha256-${createHash('sha256').update(normalized).digest('base64')}`;
}

/** `type` values of scripts the browser runs (and CSP governs); anything else is a data block. */
const RUNNABLE =
  /^(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

const attribute = (attrs: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);

export interface InlineCode {
  /** Text of each inline script the browser would run (no `src`, not a data block like JSON-LD). */
  scripts: string[];
  /** Text of each `<style>` element. */
  styles: string[];
}

/** The inline scripts and styles of a page, in document order; HTML comments are skipped. */
export function inlineCode(html: string): InlineCode {
  const found: InlineCode = { scripts: [], styles: [] };
  const pattern =
    /<!--[\s\S]*?-->|<script\b([^>]*)>([\s\S]*?)<\/script\s*>|<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
  for (const [match, scriptAttrs, script, style] of html.matchAll(pattern)) {
    if (match.startsWith('<!--')) continue;
    if (style !== undefined) {
      found.styles.push(style);
      continue;
    }
    const attrs = scriptAttrs ?? '';
    const type = attribute(attrs, 'type');
    const typeValue = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim();
    if (!attribute(attrs, 'src') && RUNNABLE.test(typeValue)) found.scripts.push(script ?? '');
  }
  return found;
}

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/gi;

/** The policy text of each Content-Security-Policy `<meta>` in a page. */
export function policyMetas(html: string): string[] {
  return [...html.matchAll(META)].map((m) => m[1]!);
}

/** `name source source; …` as `[name, sources][]`, in order. */
export function parsePolicy(policy: string): [string, string[]][] {
  return policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter(([name]) => name)
    .map(([name, ...sources]) => [name!.toLowerCase(), sources]);
}

const isHash = (source: string) => /^'sha(?:256|384|512)-[^']+'$/.test(source);

/**
 * Keeps in `directive` the hashes of `code` and no others.
 * @throws when Astro's policy does not list one of them: the browser would block that code.
 */
function narrow(
  directives: [string, string[]][],
  name: string,
  code: string[],
  what: string,
): [string, string[]][] {
  const wanted = new Set(code.map((c) => `'${cspHash(c)}'`));
  const index = directives.findIndex(([n]) => n === name);
  const listed = index === -1 ? [] : directives[index]![1];
  const missing = [...wanted].filter((hash) => !listed.includes(hash));
  if (missing.length > 0)
    throw new Error(
      `an inline ${what} is not in the page's Content-Security-Policy, so browsers would block it ` +
        `(${missing.join(' ')}). Astro hashes the ${what}s it bundles; an is:inline ${what} or ` +
        `set:html is not bundled: use a plain <${what}> instead.`,
    );
  if (index === -1) return directives;
  const kept = listed.filter((source) => !isHash(source) || wanted.has(source));
  return directives.map((d, i) => (i === index ? [name, kept] : d));
}

/**
 * The page with its one policy `<meta>` narrowed to the page's own inline code and placed first
 * after `<meta charset>`.
 * @throws when the page has no policy `<meta>` or more than one, or inline code it does not allow.
 */
export function narrowPagePolicy(html: string): string {
  const metas = policyMetas(html);
  if (metas.length !== 1)
    throw new Error(`expected one Content-Security-Policy <meta>, found ${metas.length}`);
  const code = inlineCode(html);
  let directives = parsePolicy(metas[0]!);
  directives = narrow(directives, 'script-src', code.scripts, 'script');
  directives = narrow(directives, 'style-src', code.styles, 'style');
  const policy = directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
  const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
  const without = html.replace(META, '');
  const charset = /<meta\s+charset=[^>]*>/i.exec(without);
  if (charset) {
    const at = charset.index + charset[0].length;
    return `${without.slice(0, at)}${meta}${without.slice(at)}`;
  }
  return without.replace(/<head\b[^>]*>/i, (head) => `${head}${meta}`);
}
