/**
 * The one-sheet of every keynote in every locale it is written in, for the PDF route and for
 * the keynote pages that link it with its size. Reads the content collections (Astro only).
 */
import path from 'node:path';
import { site } from '~/site.config';
import { loadKeynotes, loadTestimonials, type Keynote } from './collections';
import { oneSheetFor, type OneSheet } from './one-sheet';
import { oneSheetPdf } from './one-sheet-pdf';
import { cardTestimonial } from './organisers';

/** The speaker's portrait file (a site setting: always the project's own content/images/). */
export function portraitFile(): string {
  return path.resolve('content/images', site.author.portrait.image);
}

let sheets: Promise<{ keynote: Keynote; sheet: OneSheet }[]> | undefined;

/** Each keynote with its one-sheet; the testimonial is the one its catalogue card shows. */
export function keynoteOneSheets(): Promise<{ keynote: Keynote; sheet: OneSheet }[]> {
  sheets ??= Promise.all([loadKeynotes(), loadTestimonials()]).then(([keynotes, testimonials]) =>
    keynotes.map((keynote) => ({
      keynote,
      sheet: oneSheetFor(keynote, cardTestimonial(testimonials, keynote.name, keynote.locale)),
    })),
  );
  return sheets;
}

/** The size in bytes of each keynote's one-sheet PDF, by keynote id (draws those not cached). */
export async function oneSheetSizes(): Promise<Map<string, number>> {
  const all = await keynoteOneSheets();
  const sizes = await Promise.all(
    all.map(
      async ({ keynote, sheet }) =>
        [keynote.id, (await oneSheetPdf(sheet, portraitFile())).length] as const,
    ),
  );
  return new Map(sizes);
}
