/**
 * The widths pictures are made in and the `sizes` that lets the browser pick one, kept with the
 * column they fill (global.css: `main` is at most 44rem with 1rem padding, so content is 42rem).
 * A phone 390 px wide at 2× picks 1000 px, Lighthouse's phone (412 px at 1.75×) and a desktop
 * at 1× pick 672 px; nobody downloads the 1344 px file but a 2× desktop.
 */
export const COLUMN_WIDTHS = [400, 672, 1000, 1344];
export const COLUMN_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';

/** AVIF first (smallest), WebP for the browsers without it; the `<img>` keeps the source's format. */
export const PICTURE_FORMATS = ['avif', 'webp'] as const;

/**
 * The column widths a source of `sourceWidth` pixels can fill (never enlarged), and the width of
 * the `<img>` fallback: the widest of them, so a 4000 px photo is never sent at 4000 px.
 * @example columnWidths(1600) // { widths: [400, 672, 1000, 1344], width: 1344 }
 * @example columnWidths(800) // { widths: [400, 672, 800], width: 800 }
 */
export function columnWidths(sourceWidth: number): { widths: number[]; width: number } {
  const widths = COLUMN_WIDTHS.filter((width) => width < sourceWidth);
  if (widths.length < COLUMN_WIDTHS.length) widths.push(sourceWidth);
  return { widths, width: widths.at(-1)! };
}
