import { describe, expect, it } from 'vitest';
import { imageOutcomes, pageOutcomes } from '~/lib/build-log';

describe('pageOutcomes', () => {
  const log = [
    '10:51:50 [build] Building static entrypoints...',
    '\u001b[32m generating static routes \u001b[39m',
    '10:51:50   \u001b[34m├─\u001b[39m \u001b[2m/404.html\u001b[22m \u001b[2m(+255ms)\u001b[22m ',
    '10:51:50   ├─ /en/about/index.html (restored)',
    '10:51:50   ├─ /de/about/index.html (cached)',
    '10:51:50   ├─ /en/rss.xml (+7ms) ',
    '10:51:50 [build] ✓ Completed in 1.2s.',
  ].join('\n');

  it('tells pages rendered in this build from pages reused from the cache', () => {
    expect(pageOutcomes(log)).toEqual({
      rendered: ['/404.html', '/en/rss.xml'],
      reused: ['/en/about/index.html', '/de/about/index.html'],
    });
  });

  it('finds no pages in a log without a page list', () => {
    expect(pageOutcomes('Content check failed: 1 problem to fix.')).toEqual({
      rendered: [],
      reused: [],
    });
  });
});

describe('imageOutcomes', () => {
  it('tells images sharp encoded from images reused from the cache, colours or not', () => {
    const log = [
      '13:25:53 ▶ generating optimized images',
      '13:25:53   ▶ /_astro/chart.DWak1HMr_ZdCvdk.avif (before: 17kB, after: 4kB) (+968ms) (1/3)',
      '\u001b[32m13:25:54   ▶ /_astro/chart.DWak1HMr_Z7QQgO.webp\u001b[39m (reused cache entry) (+2ms) (2/3)',
      '13:25:54   ▶ /_astro/photo.ChEhqNW-_yWLkA.jpg (revalidated cache entry) (+3ms) (3/3)',
      '13:25:54 ✓ Completed in 1.2s.',
    ].join('\n');
    expect(imageOutcomes(log)).toEqual({
      encoded: ['/_astro/chart.DWak1HMr_ZdCvdk.avif'],
      reused: ['/_astro/chart.DWak1HMr_Z7QQgO.webp', '/_astro/photo.ChEhqNW-_yWLkA.jpg'],
    });
  });
});
