/**
 * npm run preview [-- --port 4321] (and `npm start`, after the build)
 * Serves dist/ on 127.0.0.1 as the static hosts in the README do, with the same security headers
 * (Content-Security-Policy and the rest). Logic: src/lib/static-server.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runCli, UsageError, UserError } from '~/lib/cli';
import { serveDir } from '~/lib/static-server';

const dist = path.resolve(import.meta.dirname, '..', 'dist');

await runCli({
  name: 'preview',
  usage: `Usage: npm run preview [-- --port 4321]

  --port  the port to serve dist/ on (default 4321; 0 picks a free one)`,
  problems: 'there is no build in dist/, or the port is taken',
  options: { port: { type: 'string', default: '4321' } },
  async main({ values }) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535)
      throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
    if (!existsSync(path.join(dist, 'index.html')))
      throw new UserError('dist/ holds no build: run npm run build first (npm start does both)');
    try {
      const server = await serveDir(dist, { port });
      const { port: actual } = new URL(server.origin);
      console.log(`Serving dist/ on http://localhost:${actual}/ (Ctrl-C stops it).`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
        throw new UserError(`port ${port} is in use: stop what runs there, or pass --port`);
      throw error;
    }
  },
});
