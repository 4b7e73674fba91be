/**
 * Queries the built Pagefind index from Node with Pagefind's own JS API
 * (dist/pagefind/pagefind.js): files are served to it from dist/ through a
 * fetch stand-in, and each language gets its own module instance because
 * Pagefind picks the index from the page's <html lang>.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { distDir } from './paths';

const HOST = 'http://site.local';

export interface NodeResult {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
  content: string;
}

interface PagefindModule {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (
    q: string | null,
    o?: { filters?: Record<string, string> },
  ) => Promise<{ results: { data: () => Promise<NodeResult> }[] }>;
}

globalThis.fetch = (async (input: string | URL | Request) => {
  const url = new URL(
    typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
    `${HOST}/`,
  );
  if (url.origin !== HOST) throw new Error(`search tried to reach another origin: ${url}`);
  const body = await readFile(path.join(distDir, decodeURIComponent(url.pathname)));
  const type = url.pathname.endsWith('.wasm')
    ? 'application/wasm'
    : url.pathname.endsWith('.json')
      ? 'application/json'
      : 'application/octet-stream';
  return new Response(body, { headers: { 'content-type': type } });
}) as typeof fetch;

const instances = new Map<string, Promise<PagefindModule>>();

/** Pagefind as a page with `<html lang={lang}>` sees it. */
export function pagefindFor(lang: string): Promise<PagefindModule> {
  let instance = instances.get(lang);
  if (!instance) {
    instance = (async () => {
      (globalThis as { document?: unknown }).document = {
        currentScript: null,
        querySelector: () => ({ getAttribute: () => lang }),
      };
      const url = `${pathToFileURL(path.join(distDir, 'pagefind/pagefind.js')).href}?lang=${encodeURIComponent(lang)}`;
      const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
      await module.options({ basePath: `${HOST}/pagefind/` });
      return module;
    })();
    instances.set(lang, instance);
  }
  return instance;
}

/** Result paths (and data) for a query, best first. */
export async function searchPaths(
  lang: string,
  query: string | null,
  filters?: Record<string, string>,
): Promise<NodeResult[]> {
  const pagefind = await pagefindFor(lang);
  const found = await pagefind.search(query, filters ? { filters } : undefined);
  const data = await Promise.all(found.results.map((r) => r.data()));
  return data.map((d) => ({ ...d, url: new URL(d.url, HOST).pathname }));
}
