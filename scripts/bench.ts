/**
 * npm run bench [-- --n 1000] [--starlight] [--images off]
 * Builds a synthetic corpus (N articles per locale, and N/4) with the
 * project's real build (content check, Astro, Pagefind) in a temporary
 * folder, then prints one table and writes bench-results.json: build wall
 * time, time per page, peak memory, dist/ and index size, and the HTML, CSS
 * and JS bytes each page kind loads on first view; for N also the rebuild
 * after one edited article title, with the incremental cache. Logic: src/lib/bench/.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBuild, runStarlight, type BenchRun } from '~/lib/bench/measure';
import {
  checkTargets,
  formatGrowth,
  formatRebuilds,
  formatTable,
  formatTargets,
  growth,
} from '~/lib/bench/report';
import { EXIT, oneOf, runCli, UsageError } from '~/lib/cli';

const root = path.resolve(import.meta.dirname, '..');

await runCli({
  name: 'bench',
  usage: `Usage: npm run bench [-- --n 1000] [--starlight] [--images off]

  --n <count>   articles per locale in the large corpus, at least 4 (default: 1000); the small one has a quarter
  --starlight   also build the large corpus with Starlight and check the targets against it
  --images off  build without pictures and social images (default on: every article has a cover,
                one distinct picture per 10 articles, and every page its social image)`,
  problems: 'a build failed, or (with --starlight) a target is not met',
  options: {
    n: { type: 'string', default: '1000' },
    starlight: { type: 'boolean' },
    images: { type: 'string', default: 'on' },
  },
  main({ values }) {
    const n = Number(values.n);
    if (!Number.isInteger(n) || n < 4)
      throw new UsageError(
        `--n must be a whole number of articles per locale, at least 4, not "${values.n}"`,
      );
    const images = oneOf('--images', values.images, ['on', 'off'] as const) === 'on';
    const runs = [Math.floor(n / 4), n].map((size) => {
      console.log(
        `Building ${size} articles per locale (${size * 3} articles), pictures and social images ${images ? 'on' : 'off'}…`,
      );
      return runBuild(size, { rebuild: size === n, images });
    });
    let starlight: BenchRun | undefined;
    if (values.starlight) {
      console.log(`Building the same ${n} articles per locale with Starlight…`);
      starlight = runStarlight(n);
    }
    const [small, large] = runs as [BenchRun, BenchRun];
    console.log(`\n${formatTable(starlight ? [...runs, starlight] : runs)}`);
    console.log(`\n${formatGrowth(small, large)}`);
    const targets = starlight ? checkTargets(large, starlight) : undefined;
    if (targets) console.log(`\n${formatTargets(n, targets)}`);
    const rebuilds = starlight && formatRebuilds(large, starlight);
    if (rebuilds) console.log(rebuilds);
    const out = path.join(root, 'bench-results.json');
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      images,
      cpus: os.cpus().length,
      runs,
      starlight,
      growth: growth(small, large),
      targets,
    };
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`Wrote ${path.relative(process.cwd(), out)}`);
    return targets?.some((t) => !t.ok) ? EXIT.problems : EXIT.ok;
  },
});
