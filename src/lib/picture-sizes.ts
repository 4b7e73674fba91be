/**
 * The widths pictures are made in and the `sizes` that lets the browser pick one, kept with the
 * column they fill (global.css: `main` is at most 44rem with 1rem padding, so content is 42rem).
 * A phone 390 px wide at 2× picks 1000 px, Lighthouse's phone (412 px at 1.75×) and a desktop
 * at 1× pick 672 px; nobody downloads the 1344 px file but a 2× desktop.
 */
export const COLUMN_WIDTHS = [400, 672, 1000, 1344];
export const COLUMN_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';

/** Small pictures beside a card's text (8rem wide). */
export const THUMBNAIL_WIDTHS = [128, 256];
export const THUMBNAIL_SIZES = '8rem';

/** AVIF first (smallest), WebP for the browsers without it; the `<img>` keeps the source's format. */
export const PICTURE_FORMATS = ['avif', 'webp'] as const;
