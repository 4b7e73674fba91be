/**
 * Preloaded into an `astro build` (NODE_OPTIONS=--import) by tests that must see the server chunks
 * a build bundles its content into. Astro writes them to a `.prerender` folder (in OUT_DIR, or in
 * the project's .astro/ when OUT_DIR is outside it), renders the pages with them and deletes the
 * folder; this copies it to KEEP_SERVER_CHUNKS just before. Tests check that the copy holds
 * content they know is published, so a change in Astro that bypasses this fails them loudly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const keepIn = process.env.KEEP_SERVER_CHUNKS;
const rm = fs.promises.rm;

fs.promises.rm = function (target, options) {
  const dir = target instanceof URL ? fileURLToPath(target) : String(target);
  if (keepIn && path.basename(dir) === '.prerender' && fs.existsSync(dir))
    fs.cpSync(dir, keepIn, { recursive: true });
  return rm.call(this, target, options);
};
