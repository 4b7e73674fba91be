/**
 * npm run audit [-- --no-build]
 * Builds the site, serves dist/ on 127.0.0.1 and runs Lighthouse (mobile
 * settings) with Debian's Chromium on every page kind in every locale, then
 * prints the four category scores and, for anything below 100, the audits
 * that cost points. Logic: src/lib/audit.ts.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import { auditSite, formatAudit } from '~/lib/audit';
import { EXIT, runCli, UserError } from '~/lib/cli';
import { localeKeys } from '~/site.config';
import { findChromium } from '../tests/support/chromium';
import { serveDir } from '~/lib/static-server';

const root = path.resolve(import.meta.dirname, '..');

await runCli({
  name: 'audit',
  usage: `Usage: npm run audit [-- --no-build]

  --no-build  audit the dist/ that is there instead of building first`,
  problems: 'the build failed, no Chromium was found, or a page scores below 100',
  options: { 'no-build': { type: 'boolean' } },
  async main({ values }) {
    if (!values['no-build']) {
      const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
      if (build.status !== 0) throw new UserError('the build failed (see above)');
    }
    const chromePath = findChromium();
    if (!chromePath)
      throw new UserError('no Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH');
    const server = await serveDir(path.join(root, 'dist'));
    const chrome = await launch({
      chromePath,
      chromeFlags: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const result = await auditSite(server.origin, chrome.port, localeKeys);
      console.log(`\n${formatAudit(result)}`);
      return result.below.length ? EXIT.problems : EXIT.ok;
    } finally {
      chrome.kill();
      await server.close();
    }
  },
});
