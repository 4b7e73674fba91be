import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '~/lib/security-headers';
import { serveDir, type RunningServer } from '~/lib/static-server';

/** A tiny built site, with a secret file beside it that must never be served. */
const parent = mkdtempSync(path.join(tmpdir(), 'static-server-'));
const root = path.join(parent, 'dist');
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(parent, file)), { recursive: true });
  writeFileSync(path.join(parent, file), text);
};
write('dist/index.html', '<p>home');
write('dist/en/about/index.html', '<p>about');
write('dist/404.html', '<p>not found');
write('dist/_astro/site.css', 'p{}');
write('dist/_headers', '/*\n  X-Test: 1\n');
write('dist-private/secret.txt', 'secret');

describe('the static server of npm start and the browser tests', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveDir(root);
  });
  afterAll(async () => {
    await server.close();
    rmSync(parent, { recursive: true, force: true });
  });
  const get = (urlPath: string) => fetch(`${server.origin}${urlPath}`, { redirect: 'manual' });

  it('sends every security header with pages, assets, redirects and the 404 page', async () => {
    for (const urlPath of ['/', '/en/about/', '/_astro/site.css', '/en/about', '/nowhere/']) {
      const response = await get(urlPath);
      for (const [name, value] of Object.entries(securityHeaders))
        expect(response.headers.get(name), `${name} on ${urlPath}`).toBe(value);
    }
  });

  it('answers a folder with its index.html and an unknown path with the 404 page', async () => {
    const about = await get('/en/about/');
    expect([about.status, about.headers.get('content-type'), await about.text()]).toEqual([
      200,
      'text/html; charset=utf-8',
      '<p>about',
    ]);
    const missing = await get('/en/nothing-here/');
    expect([missing.status, await missing.text()]).toEqual([404, '<p>not found']);
  });

  it('redirects a folder without its slash to the folder, keeping the query', async () => {
    const response = await get('/en/about?q=coaching');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/en/about/?q=coaching');
  });

  it('does not publish the host configuration', async () => {
    expect((await get('/_headers')).status).toBe(404);
  });

  it('serves nothing outside its folder and survives a malformed address', async () => {
    for (const urlPath of [
      '/..%2fdist-private%2fsecret.txt',
      '/en/..%2f..%2f..%2fdist-private/secret.txt',
      '/%E0%A4%A',
    ]) {
      const response = await get(urlPath);
      expect(response.status, urlPath).toBe(404);
      expect(await response.text()).toBe('<p>not found');
    }
    expect((await get('/')).status).toBe(200);
  });
});
