/**
 * The one-sheet's content and layout: every sample keynote and a synthetic very long one (in
 * English and Chinese) fit on one A4 page, measured with the PDF's own fonts; long texts are cut
 * with an ellipsis at a word (or any Chinese character); the drawn PDF has one page, selectable
 * text and the same bytes when drawn twice.
 */
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { checkContent, type CheckedEntry } from '~/lib/content-check';
import {
  clampLines,
  DENSITIES,
  FOOTER_TOP,
  kilobytes,
  layOutOneSheet,
  oneSheetFor,
  PAGE,
  type OneSheet,
  type OneSheetTalk,
} from '~/lib/one-sheet';
import { drawOneSheet, pdfMeasure } from '~/lib/one-sheet-pdf';
import { cardTestimonial, organiserData } from '~/lib/organisers';
import type { KeynoteData } from '~/lib/schemas';
import { entryPath, oneSheetPath } from '~/lib/urls';
import { site, type Locale } from '~/site.config';
import { projectRoot } from '../support/paths';

const report = checkContent(path.join(projectRoot, 'content'));
const { testimonials } = organiserData(report);
const keynotes = report.entries.filter(
  (e): e is CheckedEntry<KeynoteData> => e.kind === 'keynotes' && !e.draft,
);
const talkOf = (e: CheckedEntry<KeynoteData>): OneSheetTalk => ({
  ...e.data,
  locale: e.locale,
  path: entryPath('keynotes', e.locale, e.slug),
  languages: (e.data.languages ?? [e.locale]) as Locale[],
});
const sheetOf = (e: CheckedEntry<KeynoteData>) =>
  oneSheetFor(talkOf(e), cardTestimonial(testimonials, e.name, e.locale));
const textOf = (sheet: OneSheet) =>
  [sheet.title, sheet.summary, ...sheet.takeaways, sheet.testimonial?.quote].join('').length;

const measure = pdfMeasure();
const portrait = path.join(projectRoot, 'content/images', site.author.portrait.image);
const created = new Date('2026-01-01T00:00:00Z');

const textBlocks = (sheet: OneSheet) =>
  layOutOneSheet(sheet, measure).blocks.flatMap((b) => (b.kind === 'text' ? [b] : []));

async function pdfText(pdf: Buffer) {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  return { pages: doc.numPages, text: text.replace(/\s+/g, '') };
}

const longTalk = (locale: Locale, words: (n: number) => string): OneSheetTalk => ({
  locale,
  title: words(60),
  summary: words(400),
  path: `/${locale}/keynotes/long/`,
  takeaways: Array.from({ length: 12 }, () => words(80)),
  formats: ['keynote', 'workshop', 'webinar', 'masterclass'],
  lengths: [20, 30, 45, 60, 90, 120, 180].map((minutes) => ({ minutes, qa: 15 })),
  delivery: ['in-person', 'virtual', 'hybrid'],
  languages: ['en', 'de', 'zh'],
  audience: words(120),
});
const english = (n: number) =>
  Array.from({ length: n }, (_, i) => ['measure', 'what', 'customers', 'feel'][i % 4]).join(' ');
const chinese = (n: number) =>
  '呼叫中心的早期预警系统，客户体验'.repeat(Math.ceil(n / 8)).slice(0, n * 2);
const longTestimonial = (locale: Locale, words: (n: number) => string) => ({
  ...testimonials[0]!,
  locale,
  quote: words(300),
  role: words(20),
});

describe('clampLines', () => {
  // Ten characters a line: enough to see where text is cut.
  const lines = (s: string) => Math.ceil(s.length / 10);

  it('leaves text that fits alone', () => {
    expect(clampLines('short text', 1, lines)).toBe('short text');
  });

  it('cuts words at a space and ends with an ellipsis that still fits', () => {
    const cut = clampLines('measure what customers actually feel every day', 2, lines);
    expect(cut).toBe('measure what…');
    expect(lines(cut)).toBeLessThanOrEqual(2);
  });

  it('cuts Chinese at any character and drops a trailing comma before the ellipsis', () => {
    expect(clampLines('呼叫中心的早期预警系统客户体验呼叫中心的早期', 1, lines)).toBe(
      '呼叫中心的早期预警…',
    );
    const eleven = (s: string) => Math.ceil(s.length / 11);
    expect(clampLines('呼叫中心的早期预警，客户体验呼叫中心', 1, eleven)).toBe(
      '呼叫中心的早期预警…',
    );
  });
});

describe('one-sheet content', () => {
  it('lists each length on its own line and joins Chinese lists with 、', () => {
    const zh = keynotes.find((k) => k.locale === 'zh')!;
    const sheet = sheetOf(zh);
    const lengths = sheet.facts[1]!.value.split('\n');
    expect(lengths).toHaveLength(zh.data.lengths.length);
    expect(sheet.facts.find((f) => f.value.includes('English'))?.value).toMatch(/English、/);
    expect(sheet.bookings.email).toBe(site.email.bookings);
    expect(sheet.online.url).toBe(
      `${site.url.replace(/\/$/, '')}${entryPath('keynotes', 'zh', zh.slug)}`,
    );
  });

  it('names the PDF after the talk’s slug, beside its page', () => {
    expect(oneSheetPath('de', 'mehr-als-gespraechszeit')).toBe(
      '/de/keynotes/mehr-als-gespraechszeit.pdf',
    );
  });

  it('states sizes in whole kilobytes, never zero', () => {
    expect(kilobytes(183_500)).toBe(179);
    expect(kilobytes(10)).toBe(1);
  });
});

describe('one-sheet layout', () => {
  const locales = Object.keys(site.locales) as Locale[];

  it.each(locales)('fits the longest %s sample keynote uncut above the footer', (locale) => {
    const longest = keynotes
      .filter((k) => k.locale === locale)
      .map(sheetOf)
      .sort((a, b) => textOf(b) - textOf(a))[0]!;
    const layout = layOutOneSheet(longest, measure);
    expect(layout.bottom).toBeLessThan(FOOTER_TOP);
    const texts = textBlocks(longest).map((b) => b.text);
    expect(texts).toContain(longest.title);
    expect(texts).toContain(longest.summary);
    for (const takeaway of longest.takeaways) expect(texts).toContain(takeaway);
    for (const fact of longest.facts) expect(texts).toContain(fact.value);
  });

  it.each([
    ['en', english],
    ['zh', chinese],
  ] as const)('sets a very long %s keynote compactly and cuts it to fit', (locale, words) => {
    const sheet = oneSheetFor(longTalk(locale, words), longTestimonial(locale, words));
    const layout = layOutOneSheet(sheet, measure);
    expect(layout.density).toBe(DENSITIES.length - 1);
    expect(layout.bottom).toBeLessThan(FOOTER_TOP);
    const blocks = textBlocks(sheet);
    const title = blocks.find((b) => sheet.title.startsWith(b.text.slice(0, 10)))!;
    expect(title.text.endsWith('…')).toBe(true);
    expect(title.lines).toBeLessThanOrEqual(3);
    for (const block of blocks) {
      expect(block.x + block.width).toBeLessThanOrEqual(PAGE.width);
      expect(block.y).toBeLessThan(PAGE.height);
    }
    expect(blocks.map((b) => b.text)).toContain(site.email.bookings);
  });

  it('draws a very long Chinese keynote on one page with its title and the bookings address', async () => {
    const sheet = oneSheetFor(longTalk('zh', chinese), longTestimonial('zh', chinese));
    const pdf = await drawOneSheet(sheet, portrait, created);
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBe(1);
    expect(text).toContain('呼叫中心的早期预警系统');
    expect(text).toContain(site.email.bookings);
  });

  it('draws the same bytes twice for the same sheet and date', async () => {
    const sheet = sheetOf(keynotes.find((k) => k.locale === 'de')!);
    const [a, b] = await Promise.all([
      drawOneSheet(sheet, portrait, created),
      drawOneSheet(sheet, portrait, created),
    ]);
    expect(a.equals(b)).toBe(true);
  });
});
