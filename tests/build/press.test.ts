/** What dist/ holds for organisers and journalists: the press kit per locale, its downloads, and reels on keynote pages. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { checkContent, type CheckedEntry } from '~/lib/content-check';
import { bioRange, countWords, type BioField, type PressData } from '~/lib/press';
import { PRINT_MIN_SHORT_SIDE, WEB_LONG_SIDE } from '~/lib/press-downloads';
import { localeKeys, site } from '~/site.config';
import { distDir, projectRoot } from '../support/paths';
import { page, readDist, resolvesToFile } from '../support/dist';

const kits = new Map(
  checkContent(path.join(projectRoot, 'content'))
    .entries.filter((e): e is CheckedEntry<PressData> => e.kind === 'press')
    .map((e) => [e.locale, e.data]),
);
const BIOS: BioField[] = ['bio50', 'bio100', 'bio250'];
const distFile = (urlPath: string) => path.join(distDir, urlPath);
const text = (html: string | undefined) => (html ?? '').replace(/\s+/g, ' ').trim();

describe.each(localeKeys)('the press kit in %s', (locale) => {
  const doc = page(`/${locale}/press/`);
  const kit = kits.get(locale)!;

  it('is written in its language', () => {
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe(site.locales[locale].lang);
    expect(doc.querySelector('h1')!.textContent).toContain(site.author.name);
    // This locale has its own kit, so its texts take the page's language.
    for (const id of [...BIOS, 'introduction-text'])
      expect(doc.querySelector(`#${id}`)!.getAttribute('lang'), id).toBeUndefined();
    expect(doc.querySelector('.press-steps')!.getAttribute('lang')).toBeUndefined();
    // A talk not translated into this language keeps its own.
    for (const talk of doc.querySelectorAll('.press-talks > li')) {
      const href = talk.querySelector('a')!.getAttribute('href')!;
      expect(talk.getAttribute('lang'), href).toBe(
        href.startsWith(`/${locale}/`) ? undefined : site.locales[href.split('/')[1] as 'en'].lang,
      );
    }
  });

  it('shows three bios, each within 30 % of its length, with a copy button', () => {
    for (const field of BIOS) {
      const bio = doc.querySelector(`#${field}`)!;
      const shown = bio
        .querySelectorAll('p')
        .map((p) => p.textContent)
        .join(' ');
      const { min, max } = bioRange(field);
      expect(countWords(shown), field).toBeGreaterThanOrEqual(min);
      expect(countWords(shown), field).toBeLessThanOrEqual(max);
      expect(text(shown)).toBe(text(kit[field]));
      const button = bio.parentNode!.querySelector('copy-button button')!;
      expect(button.hasAttribute('hidden'), 'hidden until the script runs').toBe(true);
    }
  });

  it('gives the host the introduction to read out, as a quotation', () => {
    const quote = doc.querySelector('blockquote#introduction-text')!;
    expect(text(quote.textContent)).toBe(text(kit.introduction));
    expect(doc.querySelector('section[aria-labelledby="introduction"] .press-note')).not.toBeNull();
  });

  it('lists the rider from the site settings and the booking steps with travel costs', () => {
    const rider = doc.querySelectorAll('.press-rider li').map((li) => li.textContent);
    expect(rider).toEqual(site.rider[locale]);
    const steps = doc.querySelectorAll('.press-steps li h3').map((h) => h.textContent);
    expect(steps).toEqual(kit.booking.map((s) => s.step));
    expect(doc.querySelector('section[aria-labelledby="booking"]')!.textContent).toContain(
      kit.travel,
    );
    expect(doc.querySelector(`a[href="mailto:${site.email.bookings}"]`)).not.toBeNull();
  });

  it('links each talk to its page and lists past engagements newest first', () => {
    const talks = doc.querySelectorAll('.press-talks h3 a').map((a) => a.getAttribute('href')!);
    expect(talks.length).toBeGreaterThan(3);
    for (const href of talks) expect(resolvesToFile(href), href).toBe(true);
    // Each talk links its one-sheet PDF, which the build wrote beside the talk's page.
    const sheets = doc
      .querySelectorAll('.press-talks .one-sheet-link')
      .map((a) => a.getAttribute('href')!);
    expect(sheets).toEqual(talks.map((href) => `${href.replace(/\/$/, '')}.pdf`));
    for (const href of sheets) expect(resolvesToFile(href), href).toBe(true);
    const dates = doc.querySelectorAll('.engagements time').map((t) => t.getAttribute('datetime')!);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(doc.querySelectorAll('.press .testimonial').length).toBeGreaterThan(0);
  });

  it('links the portrait downloads with their pixel and file sizes', () => {
    const links = doc.querySelectorAll('.downloads li');
    expect(links).toHaveLength(3);
    for (const item of links) {
      const href = item.querySelector('a')!.getAttribute('href')!;
      const facts = item.querySelector('.download-facts')!.textContent;
      expect(resolvesToFile(href), href).toBe(true);
      expect(facts).toMatch(/\d/);
    }
  });

  it('shows the reel from the press kit, loading nothing before it is played', () => {
    const video = doc.querySelector('.reel video')!;
    expect(video.getAttribute('preload')).toBe('none');
    expect(video.querySelector('source')!.getAttribute('src')).toBe(kit.reel!.file);
    expect(video.getAttribute('poster')).toMatch(/^\/_astro\/.+\.webp$/);
  });

  it('loads at most 1 KB of JavaScript of its own (the copy buttons), beside what every page loads', () => {
    const scriptsOf = (d: typeof doc) =>
      d
        .querySelectorAll('script:not([type="application/ld+json"])')
        .map((s) => s.getAttribute('src') ?? s.textContent);
    // Every page's header (the shortlist count) is not the press kit's own.
    const everyPage = new Set(scriptsOf(page(`/${locale}/about/`)));
    const own = scriptsOf(doc).filter((script) => !everyPage.has(script));
    const bytes = own.reduce(
      (sum, script) =>
        sum + Buffer.byteLength(script.startsWith('/') ? readDist(script.slice(1)) : script),
      0,
    );
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(1024);
  });

  it('is in the sitemap and linked from the about page and the keynote catalogue', () => {
    expect(readDist('sitemap-0.xml')).toContain(`${site.url}/${locale}/press/`);
    for (const from of [`/${locale}/about/`, `/${locale}/keynotes/`])
      expect(page(from).querySelector(`main a[href="/${locale}/press/"]`), from).not.toBeNull();
  });
});

describe('the portrait downloads', () => {
  const doc = page('/en/press/');
  const hrefs = doc.querySelectorAll('.downloads a').map((a) => a.getAttribute('href')!);
  const [web, print, zip] = hrefs as [string, string, string];

  it('has a web copy of 800 px on its long side and a print copy of at least 1500 px on its short side', async () => {
    const webSize = await sharp(distFile(web)).metadata();
    expect(Math.max(webSize.width!, webSize.height!)).toBe(WEB_LONG_SIDE);
    const printSize = await sharp(distFile(print)).metadata();
    expect(Math.min(printSize.width!, printSize.height!)).toBeGreaterThanOrEqual(
      PRINT_MIN_SHORT_SIDE,
    );
    expect([printSize.format, webSize.format]).toEqual(['jpeg', 'jpeg']);
    // The page states the sizes the files have.
    const facts = doc.querySelectorAll('.download-facts').map((f) => f.textContent);
    expect(facts[0]).toContain(`${webSize.width} × ${webSize.height}`);
    expect(facts[1]).toContain(`${printSize.width} × ${printSize.height}`);
    expect(facts[2]).toContain(`${Math.round(statSync(distFile(zip)).size / 1000)}`);
  });

  it('zips both pictures, byte for byte, under stable names', () => {
    expect(hrefs).toEqual([
      '/press/morgan-reyes-portrait-web.jpg',
      '/press/morgan-reyes-portrait-print.jpg',
      '/press/morgan-reyes-portrait-all.zip',
    ]);
    const entries = unzipSync(readFileSync(distFile(zip)));
    expect(Object.keys(entries).sort()).toEqual([
      'morgan-reyes-portrait-print.jpg',
      'morgan-reyes-portrait-web.jpg',
    ]);
    for (const name of Object.keys(entries))
      expect(
        Buffer.from(entries[name]!).equals(readFileSync(distFile(`/press/${name}`))),
        name,
      ).toBe(true);
  });
});

describe('reels on keynote pages', () => {
  it('plays a video of this site only when asked: preload none, a poster from this site', () => {
    const video = page('/en/keynotes/early-warning-system/').querySelector('.reel video')!;
    expect(video.getAttribute('preload')).toBe('none');
    const src = video.querySelector('source')!.getAttribute('src')!;
    expect(resolvesToFile(src)).toBe(true);
    expect(resolvesToFile(video.getAttribute('poster')!)).toBe(true);
  });

  it('shows a video on another site as its poster and a link that opens the platform in a new tab', () => {
    const doc = page('/de/keynotes/mehr-als-gespraechszeit/');
    const link = doc.querySelector('a.reel-link')!;
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=/);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(text(link.textContent)).toMatch(/auf YouTube ansehen \(öffnet in einem neuen Tab\)$/);
    expect(resolvesToFile(link.querySelector('img')!.getAttribute('src')!)).toBe(true);
    expect(doc.querySelectorAll('iframe, object, embed')).toHaveLength(0);
    expect(parse(doc.toString()).querySelector('.reel figcaption')!.textContent).toContain(
      'YouTube',
    );
  });
});
