/**
 * A keynote's one-sheet: one A4 PDF page per keynote in every locale it is written in, at
 * `oneSheetPath(locale, slug)`, drawn at build time (src/lib/one-sheet.ts lays it out,
 * src/lib/one-sheet-pdf.ts draws and caches it). The keynote page and the catalogue card link it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keynoteOneSheets, portraitFile } from '~/lib/keynote-one-sheets';
import { oneSheetKey, oneSheetPdf } from '~/lib/one-sheet-pdf';
import type { OneSheet } from '~/lib/one-sheet';

export const getStaticPaths = (async () =>
  (await keynoteOneSheets()).map(({ keynote, sheet }) => ({
    params: { locale: keynote.locale, slug: keynote.slug },
    props: { sheet },
    // The PDF shows nothing but its sheet, the portrait and the font: the same key as its cache file.
    cacheKey: oneSheetKey(sheet, portraitFile()),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ sheet: OneSheet }> = async ({ props }) => {
  const pdf = await oneSheetPdf(props.sheet, portraitFile());
  return new Response(new Uint8Array(pdf), { headers: { 'Content-Type': 'application/pdf' } });
};
