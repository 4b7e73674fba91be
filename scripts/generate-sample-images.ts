/**
 * Writes the sample pictures (src/lib/sample-pictures.ts) into content/images/ as PNG:
 * `npm run images:samples`. Run it again after changing a drawing; the output is the same on
 * every run, so unchanged pictures stay byte-for-byte the same and Astro's cache keeps them.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { samplePictures } from '~/lib/sample-pictures';

const folder = path.resolve('content/images');
mkdirSync(folder, { recursive: true });
for (const { name, svg } of samplePictures()) {
  const file = path.join(folder, name);
  const png = await sharp(Buffer.from(svg))
    .png({ compressionLevel: 9, palette: true, quality: 90, effort: 10 })
    .toBuffer();
  const same = existsSync(file) && readFileSync(file).equals(png);
  if (!same) writeFileSync(file, png);
  console.log(
    `${same ? 'unchanged' : 'wrote    '} ${path.relative(process.cwd(), file)} (${Math.round(png.length / 1024)} KB)`,
  );
}
