/**
 * The project runs on the Node it pins (the `node` dev dependency), not on whatever Node the
 * machine has: npm scripts and npx put node_modules/.bin, with that Node, first on PATH.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths';
import { nodeBin, run, runTsx } from '../support/run';

const pinned: string = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))
  .devDependencies.node;
const required = Number(pinned.split('.')[0]);
const major = (version: string) => Number(version.trim().split('.')[0]);
const PRINT_VERSION = 'console.log(process.versions.node)';

const temp = mkdtempSync(path.join(os.tmpdir(), 'node-version-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe(`the Node the tests run on (pinned: ${pinned})`, () => {
  it(`runs the test suite on Node ${required} or newer (start it with npm test or npx vitest)`, () => {
    expect(
      major(process.versions.node),
      `The tests run on Node ${process.versions.node}, but the project needs Node ${required} ` +
        `(the "node" dev dependency). Run them through npm (npm test, npm run test:unit) or ` +
        `npx vitest: both put node_modules/.bin, with Node ${required}, first on PATH. ` +
        `node_modules/.bin/vitest started by its path runs on the system's Node.`,
    ).toBeGreaterThanOrEqual(required);
  });

  it(`starts every tool the tests run (astro, tsx scripts, npm run build) on Node ${required} too`, async () => {
    const script = path.join(temp, 'print-version.ts');
    writeFileSync(
      script,
      `const version: string = process.versions.node;\nconsole.log(version);\n`,
    );
    const seen = {
      'astro build and dev': await run(nodeBin, ['-e', PRINT_VERSION]),
      'tsx scripts': await runTsx(script, []),
      '#!/usr/bin/env node tools': await run('node', ['-e', PRINT_VERSION]),
      'npm scripts': await run('npm', ['exec', '--offline', '--', 'node', '-e', PRINT_VERSION]),
    };
    const tooOld = Object.entries(seen)
      .filter(([, result]) => result.status !== 0 || !(major(result.stdout) >= required))
      .map(([tool, result]) => `${tool}: ${result.output.trim()}`);
    expect(tooOld, `these ran on another Node than ${pinned}`).toEqual([]);
  });
});
