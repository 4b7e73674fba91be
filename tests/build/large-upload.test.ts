/**
 * A photo from an old blog, as cameras make them (4000 × 3000, about 4 MB of JPEG), imported
 * with `npm run import:wordpress` and built: readers must get it as a few hundred KB at most,
 * in the widths the column needs, with width and height so the page does not jump.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths';
import { runAstro, runTsx } from '../support/run';

const temp = mkdtempSync(path.join(os.tmpdir(), 'large-upload-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const content = path.join(temp, 'content');
const uploads = path.join(temp, 'uploads');
const dist = path.join(temp, 'dist');
const PHOTO = '2021/06/team-board.jpg';

/** A 4000 × 3000 photo-like JPEG: soft gradients under fine noise, which JPEG cannot squeeze. */
async function cameraPhoto(file: string): Promise<number> {
  const [width, height] = [4000, 3000];
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const noise = (seed >> 16) % 48;
      const i = (y * width + x) * 3;
      pixels[i] = (x / width) * 180 + noise;
      pixels[i + 1] = (y / height) * 160 + noise;
      pixels[i + 2] = 90 + noise;
    }
  mkdirSync(path.dirname(file), { recursive: true });
  const jpeg = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 88 })
    .toBuffer();
  await writeFile(file, jpeg);
  return jpeg.length;
}

const exportXml = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
	<title>Service Floor Notes</title>
	<link>https://blog.example.com</link>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>https://blog.example.com</wp:base_site_url>
	<wp:base_blog_url>https://blog.example.com</wp:base_blog_url>
	<item>
		<title><![CDATA[The team board]]></title>
		<link>https://blog.example.com/the-team-board/</link>
		<dc:creator><![CDATA[morgan]]></dc:creator>
		<guid isPermaLink="false">https://blog.example.com/?p=70</guid>
		<content:encoded><![CDATA[Every Monday the team board shows last week's service level per queue.

<img src="https://blog.example.com/wp-content/uploads/${PHOTO}" alt="The team board on a Monday morning" width="4000" height="3000" />

We read it together before the first calls come in.]]></content:encoded>
		<excerpt:encoded><![CDATA[What the team board shows, and why we read it together.]]></excerpt:encoded>
		<wp:post_id>70</wp:post_id>
		<wp:post_date_gmt><![CDATA[2021-06-07 08:00:00]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[the-team-board]]></wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<category domain="category" nicename="operations"><![CDATA[Operations]]></category>
	</item>
</channel>
</rss>
`;

describe('a large photo imported from WordPress', () => {
  it('reaches readers as AVIF/WebP/JPEG files under 400 KB each, in several widths, with width and height', async () => {
    cpSync(path.join(projectRoot, 'tests/fixtures/valid'), content, { recursive: true });
    const original = await cameraPhoto(path.join(uploads, PHOTO));
    expect(original).toBeGreaterThan(3_000_000);
    const exportFile = path.join(temp, 'export.xml');
    await writeFile(exportFile, exportXml);

    const imported = await runTsx('scripts/import-wordpress.ts', [
      exportFile,
      '--uploads',
      uploads,
      '--content',
      content,
      '--public',
      path.join(temp, 'public'),
    ]);
    expect(imported.status, imported.output).toBe(0);
    expect(statSync(path.join(content, 'images/uploads', PHOTO)).size).toBe(original);

    const built = await runAstro(['build'], {
      env: {
        CONTENT_DIR: content,
        PUBLIC_DIR: path.join(temp, 'public'),
        OUT_DIR: dist,
        CACHE_DIR: path.join(temp, 'cache'),
      },
    });
    expect(built.status, built.output).toBe(0);

    const html = readFileSync(path.join(dist, 'en/articles/the-team-board/index.html'), 'utf8');
    const img = /<img [^>]*alt="The team board on a Monday morning"[^>]*>/.exec(html)?.[0] ?? '';
    expect(img).toMatch(/ srcset="[^"]+ \d+w/);
    expect(img).toMatch(/ width="\d+"/);
    expect(img).toMatch(/ height="\d+"/);
    expect(img).toContain('loading="lazy"');

    // Every file the page can ask for this photo: the <img> src and every srcset candidate.
    const served = [...html.matchAll(/(?:src|srcset)="([^"]*team-board[^"]*)"/g)].flatMap((m) =>
      m[1]!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!),
    );
    const types = new Set(served.map((url) => path.extname(url)));
    expect([...types].sort()).toEqual(['.avif', '.jpg', '.webp']);
    const sizes = served.map((url) => statSync(path.join(dist, url)).size);
    expect(Math.max(...sizes)).toBeLessThan(400_000);
    expect(Math.max(...sizes)).toBeLessThan(original / 10);
  }, 300_000);
});
