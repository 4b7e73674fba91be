/**
 * One-sheet PDFs in the built sample site: every keynote page links its own PDF with its real
 * size, every catalogue card links one that exists, and each PDF is one A4 page under 1 MB whose
 * text (Chinese included, so the fonts carry ToUnicode maps) holds the talk's title and the
 * bookings address, with its fonts embedded and links to the bookings address and the talk.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { kilobytes } from '~/lib/one-sheet';
import { site } from '~/site.config';
import { distFiles, page, resolvesToFile, urlPathOf } from '../support/dist';
import { distDir } from '../support/paths';

const keynotePages = distFiles('.html')
  .map(urlPathOf)
  .filter((p) => /^\/[a-z]+\/keynotes\/[^/]+\/$/.test(p) && !p.includes('/page/'));
const pdfs = distFiles('.pdf');
const squash = (text: string) => text.replace(/\s+/g, '');

async function readPdf(file: string) {
  const bytes = readFileSync(path.join(distDir, file));
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(doc, { mergePages: true });
  const pageOne = await doc.getPage(1);
  const links = (await pageOne.getAnnotations())
    .map((a: { url?: string }) => a.url)
    .filter((url): url is string => Boolean(url));
  const [, , width = 0, height = 0] = pageOne.view;
  return { bytes, pages: doc.numPages, text: squash(text), links, size: [width, height] };
}

describe('one-sheet PDFs', () => {
  it('exist for every keynote page in every locale', () => {
    expect(keynotePages.length).toBeGreaterThan(10);
    for (const locale of Object.keys(site.locales))
      expect(pdfs.some((f) => f.startsWith(`${locale}/keynotes/`))).toBe(true);
    expect(pdfs).toHaveLength(keynotePages.length);
  });

  it('are linked from each keynote page with their real size, as a PDF download named for the slug', () => {
    for (const urlPath of keynotePages) {
      const slug = urlPath.split('/').at(-2)!;
      const link = page(urlPath).querySelector('a.one-sheet-link');
      expect(link, urlPath).toBeTruthy();
      const href = link!.getAttribute('href')!;
      expect(href, urlPath).toBe(`${urlPath.slice(0, -1)}.pdf`);
      expect(link!.getAttribute('type')).toBe('application/pdf');
      expect(link!.getAttribute('download')).toBe(`${slug}.pdf`);
      expect(resolvesToFile(href), href).toBe(true);
      const bytes = readFileSync(path.join(distDir, href)).length;
      expect(link!.text, urlPath).toContain(`${kilobytes(bytes)} KB`);
      expect(link!.text, urlPath).toMatch(/PDF/);
    }
  });

  it('are linked from every catalogue card, and the links resolve', () => {
    for (const locale of Object.keys(site.locales)) {
      const cards = page(`/${locale}/keynotes/`).querySelectorAll('.keynote-card');
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) {
        const title = card.querySelector('.card-title a')!.getAttribute('href')!;
        const pdf = card.querySelector('a.one-sheet-link')?.getAttribute('href');
        expect(pdf, title).toBe(`${title.slice(0, -1)}.pdf`);
        expect(resolvesToFile(pdf!), pdf).toBe(true);
      }
    }
  });

  it('are one A4 page under 1 MB with the title and the bookings address as text', async () => {
    for (const urlPath of keynotePages) {
      const title = page(urlPath).querySelector('h1')!.text;
      const pdf = await readPdf(`${urlPath.slice(1, -1)}.pdf`);
      expect(pdf.pages, urlPath).toBe(1);
      expect(pdf.size.map(Math.round), urlPath).toEqual([595, 842]);
      expect(pdf.bytes.length, urlPath).toBeLessThan(1024 * 1024);
      expect(pdf.text, urlPath).toContain(squash(title));
      expect(pdf.text, urlPath).toContain(site.email.bookings);
      expect(pdf.links, urlPath).toContain(`mailto:${site.email.bookings}`);
      expect(pdf.links, urlPath).toContain(new URL(urlPath, site.url).href);
    }
  });

  it('give Chinese text back as Chinese characters', async () => {
    const zh = keynotePages.filter((p) => p.startsWith('/zh/'));
    expect(zh.length).toBeGreaterThan(0);
    for (const urlPath of zh) {
      const { text } = await readPdf(`${urlPath.slice(1, -1)}.pdf`);
      expect(text).toMatch(/\p{Script=Han}{6}/u);
      expect(text).toContain(squash(page(urlPath).querySelector('h1')!.text));
    }
  });

  it('embed every font they use as a subset', () => {
    for (const file of pdfs) {
      const raw = readFileSync(path.join(distDir, file)).toString('latin1');
      const descriptors = raw.match(/\/Type \/FontDescriptor/g) ?? [];
      const embedded = raw.match(/\/FontFile[23]? /g) ?? [];
      expect(descriptors.length, file).toBeGreaterThan(0);
      expect(embedded.length, file).toBe(descriptors.length);
      expect(raw.match(/\/BaseFont \/[A-Z]{6}\+/g)?.length, file).toBeGreaterThan(0);
      expect(raw, file).toContain('/ToUnicode');
    }
  });
});
