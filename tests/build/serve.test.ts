/** `npm start` and `npm run preview` serve the build with the headers a deployed site sends. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '~/lib/security-headers';
import { projectRoot } from '../support/paths';
import { nodeBin, start } from '../support/run';

const scripts = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).scripts;

describe('npm start', () => {
  it('builds, then runs the same server as npm run preview', () => {
    expect(scripts.start).toBe(`npm run build && ${scripts.preview}`);
    expect(scripts.preview).toBe('tsx scripts/serve.ts');
  });

  it('serves dist/ with every security header, on pages and on the 404 page', async () => {
    // scripts/serve.ts as `npm run preview -- --port 0` runs it, in one process so it can be stopped.
    const loader = pathToFileURL(path.join(projectRoot, 'node_modules/tsx/dist/loader.mjs')).href;
    const server = start(nodeBin, ['--import', loader, 'scripts/serve.ts', '--port', '0'], {
      env: { TSX_TSCONFIG_PATH: path.join(projectRoot, 'tsconfig.json') },
    });
    try {
      const origin = await new Promise<string>((resolve, reject) => {
        let output = '';
        server.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
          output += chunk;
          const port = /on http:\/\/localhost:(\d+)\//.exec(output)?.[1];
          if (port) resolve(`http://127.0.0.1:${port}`);
        });
        server.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
        server.on('exit', (code) => reject(new Error(`serve.ts exited with ${code}:\n${output}`)));
      });
      const home = await fetch(`${origin}/en/`);
      const missing = await fetch(`${origin}/en/no-such-page/`);
      expect([home.status, missing.status]).toEqual([200, 404]);
      for (const response of [home, missing])
        for (const [name, value] of Object.entries(securityHeaders))
          expect(response.headers.get(name), `${name} on ${response.url}`).toBe(value);
    } finally {
      server.kill();
    }
  });
});
