/**
 * Pictures are encoded once: Astro keeps every AVIF/WebP/fallback it made in cacheDir, keyed by
 * a hash of the source picture and the transform. A rebuild with no picture changed encodes
 * nothing; changing one picture encodes that picture's files and reuses every other's.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { site } from '~/site.config';
import { afterAll, describe, expect, it } from 'vitest';
import { imageOutcomes } from '~/lib/build-log';
import { projectRoot } from '../support/paths';
import { buildSite } from '../support/site-build';

const work = mkdtempSync(path.join(os.tmpdir(), 'image-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const folders = {
  content: path.join(work, 'content'),
  out: path.join(work, 'dist'),
  cache: path.join(work, 'cache'),
};

/** A small flat picture in one colour: quick to encode, and a new colour is a new file. */
async function picture(name: string, colour: string): Promise<void> {
  const file = path.join(folders.content, 'images', name);
  mkdirSync(path.dirname(file), { recursive: true });
  await sharp({ create: { width: 800, height: 450, channels: 3, background: colour } })
    .png()
    .toFile(file);
}

/** The fixture article in `locale`, with a cover. */
function withCover(locale: 'en' | 'de', image: string): void {
  writeFileSync(
    path.join(folders.content, `articles/${locale}/queue-basics.mdx`),
    `---\ntitle: "Queue basics"\ndescription: "A short fixture article about queues."\ndate: 2025-01-10\ntopics: [operations]\ncover:\n  image: ${image}\n  alt: "A flat colour"\n---\nText.\n\n<Figure image="figure.png" alt="Another flat colour" />\n`,
  );
}

const sourceOf = (file: string) => path.basename(file).split('.')[0];

describe('the image cache across builds', () => {
  it('encodes every picture once, nothing on a rebuild, and only a changed picture afterwards', async () => {
    cpSync(path.join(projectRoot, 'tests/fixtures/valid'), folders.content, { recursive: true });
    await picture('english.png', '#0b5e6b');
    await picture('german.png', '#c2410c');
    await picture('figure.png', '#7fd3df');
    withCover('en', 'english.png');
    withCover('de', 'german.png');

    // The speaker's portrait (home, about, author box) always comes from the project's content/images/.
    const portrait = path.parse(site.author.portrait.image).name;
    const first = imageOutcomes((await buildSite(folders)).log);
    expect(new Set(first.encoded.map(sourceOf))).toEqual(
      new Set(['english', 'german', 'figure', portrait]),
    );
    expect(first.reused).toEqual([]);

    const again = imageOutcomes((await buildSite(folders)).log);
    expect(again.encoded).toEqual([]);
    expect(again.reused.sort()).toEqual([...first.encoded].sort());

    await picture('german.png', '#fdba74');
    const changed = imageOutcomes((await buildSite(folders)).log);
    expect(changed.encoded.length).toBeGreaterThan(0);
    expect(new Set(changed.encoded.map(sourceOf))).toEqual(new Set(['german']));
    expect(new Set(changed.reused.map(sourceOf))).toEqual(new Set(['english', 'figure', portrait]));
  }, 300_000);
});
