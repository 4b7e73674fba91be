/**
 * Serves a built site the way the static hosts in the README do, for `npm start`, `npm run
 * preview`, `npm run audit` and the browser tests: folders answer with their index.html (a folder
 * without its trailing slash is redirected to it), unknown paths with the nearest 404 page (the
 * one in the path's first folder, `/de/404.html`, else `/404.html`) and status 404,
 * and every response carries the security headers of src/lib/security-headers.ts. Host
 * configuration files (`_headers`) are not served, as on Netlify and Cloudflare Pages.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { securityHeaders } from './security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const HOST_FILES = new Set(['/_headers', '/_redirects']);

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

/** The file a URL path names under `root`, if it is inside `root` and exists. */
function resolveFile(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (HOST_FILES.has(decoded)) return undefined;
  const file = path.join(root, decoded);
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/**
 * The 404 page a host that looks for the nearest one serves for `pathname`: the one in its first
 * folder when there is one, else the site's.
 * @example nearestNotFound('dist', '/de/gibt-es-nicht/') // 'dist/de/404.html'
 */
export function nearestNotFound(root: string, pathname: string): string {
  const folder = pathname.split('/')[1] ?? '';
  const nested = path.join(root, folder, '404.html');
  if (folder && !folder.includes('..') && existsSync(nested)) return nested;
  return path.join(root, '404.html');
}

/** Starts serving `root`; resolves once it listens. */
export async function serveDir(root: string, options: ServeOptions = {}): Promise<RunningServer> {
  const dir = path.resolve(root);
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
    if (!pathname.endsWith('/') && !path.extname(pathname) && resolveFile(dir, `${pathname}/`)) {
      res.writeHead(301, { location: `${pathname}/${search}` }).end();
      return;
    }
    const file = resolveFile(dir, pathname);
    const target = file ?? nearestNotFound(dir, pathname);
    if (!existsSync(target)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(file ? 200 : 404, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(target)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not start');
  return {
    origin: `http://${host}:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
