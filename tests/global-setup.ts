/**
 * Global setup of the `site` project (build-output and browser tests), once per
 * run: builds the sample site into dist/ (unless REUSE_BUILD=1 and a build
 * exists) and looks for Debian's Chromium. Unit tests need neither.
 * Without Chromium the browser tests are skipped, and a line says so; with
 * REQUIRE_BROWSER=1 (set by .ci/run) a missing browser fails the run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { contentRoot } from '~/lib/content-root';
import { findChromium } from './support/chromium';
import { hashTree } from './support/hash-tree';
import { distDir, projectRoot } from './support/paths';
import { run } from './support/run';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    /** Whether this run built the site (false with REUSE_BUILD=1 and an existing dist/). */
    siteBuilt: boolean;
    contentHashBefore: string;
    contentHashAfter: string;
  }
}

export default async function setup(project: TestProject) {
  const contentDir = contentRoot();
  const before = hashTree(contentDir);
  const reuse = process.env.REUSE_BUILD === '1' && existsSync(path.join(distDir, 'index.html'));
  if (reuse) {
    console.log('Using the existing build in dist/ (REUSE_BUILD=1).');
  } else {
    const started = performance.now();
    const result = await run('npm', ['run', 'build', '--silent'], { cwd: projectRoot });
    if (result.status !== 0) throw new Error(`Building the sample site failed:\n${result.output}`);
    console.log(`Built the sample site in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }

  project.provide('siteBuilt', !reuse);
  project.provide('contentHashBefore', before);
  project.provide('contentHashAfter', hashTree(contentDir));

  const chromium = findChromium();
  if (!chromium) {
    if (process.env.REQUIRE_BROWSER === '1') {
      throw new Error(
        'REQUIRE_BROWSER=1 but no Chromium was found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.',
      );
    }
    console.log(
      '\nBrowser tests skipped: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH).\n',
    );
  }
  project.provide('chromiumPath', chromium ?? '');
}
