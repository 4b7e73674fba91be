/**
 * A keynote's one-sheet: the A4 page an organiser forwards to a programme committee. This
 * module decides what the page says (from the keynote, its best testimonial and the locale's
 * dictionary) and where every line goes; one-sheet-pdf.ts only draws the result. Layout takes
 * a `Measure` (the PDF's real fonts in the build, the same in the tests), so "everything fits on
 * one page" is a property of this function, checked without drawing.
 */
import { site, speakerIn, type Locale } from '~/site.config';
import { languageName, useTranslations } from './i18n';
import { keynoteLengths, lengthLabel, type Testimonial } from './organisers';
import type { DeliveryMode, KeynoteFormat, KeynoteLength } from './schemas';
import { absoluteUrl } from './urls';

/** What a one-sheet needs of a keynote (a `Keynote` from collections.ts has all of it). */
export interface OneSheetTalk {
  locale: Locale;
  title: string;
  summary: string;
  path: string;
  takeaways: readonly string[];
  formats: readonly KeynoteFormat[];
  lengths: readonly KeynoteLength[];
  delivery: readonly DeliveryMode[];
  languages: readonly Locale[];
  audience?: string;
}

/** Everything printed on a one-sheet, already in the sheet's language. */
export interface OneSheet {
  locale: Locale;
  /** BCP 47 tag, for the PDF's /Lang. */
  lang: string;
  label: string;
  speaker: { name: string; jobTitle: string; tagline: string };
  title: string;
  summary: string;
  takeawaysHeading: string;
  takeaways: string[];
  /** Label and value; a value of several lines (one length each) keeps its line breaks. */
  facts: { label: string; value: string }[];
  testimonial?: { quote: string; by: string };
  bookings: { label: string; email: string };
  online: { label: string; url: string };
  footer: string;
}

/**
 * The one-sheet of `talk` in its own locale, with `testimonial` (the one its catalogue card
 * shows, see `cardTestimonial`) when there is one.
 */
export function oneSheetFor(talk: OneSheetTalk, testimonial?: Testimonial): OneSheet {
  const { locale } = talk;
  const t = useTranslations(locale);
  const { lang } = site.locales[locale];
  const speaker = speakerIn(locale);
  const list = locale === 'zh' ? '、' : ', ';
  const facts = [
    {
      label: t('keynote.formats'),
      value: talk.formats
        .map((f) => t(`keynote.format.${f}` as 'keynote.format.keynote'))
        .join(list),
    },
    {
      label: t('keynote.duration'),
      value: keynoteLengths(talk)
        .map((l) =>
          lengthLabel(l, lang, (talkTime, qa) => t('keynote.withQa', { talk: talkTime, qa })),
        )
        .join('\n'),
    },
    {
      label: t('keynote.delivery'),
      value: talk.delivery.map((mode) => t(`keynote.delivery.${mode}`)).join(list),
    },
    { label: t('keynote.languages'), value: talk.languages.map(languageName).join(list) },
    ...(talk.audience ? [{ label: t('keynote.audience'), value: talk.audience }] : []),
  ];
  return {
    locale,
    lang,
    label: t('oneSheet.label'),
    speaker: { name: speaker.name, jobTitle: speaker.jobTitle, tagline: speaker.tagline },
    title: talk.title,
    summary: talk.summary,
    takeawaysHeading: t('keynote.takeaways'),
    takeaways: [...talk.takeaways],
    facts,
    testimonial: testimonial && {
      quote: testimonial.quote,
      by: testimonialLine(testimonial),
    },
    bookings: { label: t('oneSheet.bookings'), email: site.email.bookings },
    online: { label: t('oneSheet.online'), url: absoluteUrl(talk.path) },
    footer: `${speaker.name} · ${site.name}`,
  };
}

/** "Tom Ashdown, Digital Service Lead, Lantern Mutual · Summit London, 2025", in the quote's language. */
function testimonialLine(testimonial: Testimonial): string {
  const own = useTranslations(testimonial.locale);
  const comma = testimonial.locale === 'zh' ? '，' : ', ';
  const who = [testimonial.name, testimonial.role, testimonial.organisation].join(comma);
  const where = testimonial.event
    ? own('testimonial.event', { event: testimonial.event, year: testimonial.year })
    : String(testimonial.year);
  return `— ${who} · ${where}`;
}

// ---------------------------------------------------------------------------------------------
// Layout

/** A4 in PDF points. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = 48;
export const COLORS = {
  ink: '#1d1f21',
  muted: '#4f5357',
  accent: '#0b5e6b',
  soft: '#c4e4e7',
  warm: '#f2a65a',
  chip: '#eef3f3',
  border: '#d9d6cf',
  white: '#ffffff',
} as const;

export interface TextStyle {
  font: 'regular' | 'bold';
  size: number;
  /** Extra space between lines, in points. */
  lineGap: number;
  color: string;
  characterSpacing?: number;
}

/** The PDF's fonts, measuring: how tall `text` wraps in `width`, and one line's height. */
export interface Measure {
  height(text: string, style: TextStyle, width: number): number;
  lineHeight(style: TextStyle): number;
}

export type Block =
  | {
      kind: 'text';
      text: string;
      style: TextStyle;
      x: number;
      y: number;
      width: number;
      /** How many lines it was fitted to: the renderer never draws more. */
      lines: number;
      link?: string;
    }
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      color: string;
      radius?: number;
    }
  | { kind: 'portrait'; x: number; y: number; width: number; height: number };

export interface SheetLayout {
  blocks: Block[];
  /** Where the body's last line ends; always above `FOOTER_TOP`. */
  bottom: number;
  /** Which of the `DENSITIES` it took (0 is the roomiest). */
  density: number;
}

const PORTRAIT = { width: 116, height: 145, top: 20 };
/** The footer (bookings address and the talk's URL) starts here; the body ends above it. */
export const FOOTER_TOP = PAGE.height - 100;
const BODY_BOTTOM = FOOTER_TOP - 16;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;

/**
 * From roomy to compact. The layout takes the first density at which everything fits; the last
 * caps every block's lines so that it always fits (the unit tests check the worst case).
 */
export const DENSITIES = [
  {
    titleSizes: [25, 22],
    summaryLines: 6,
    items: 8,
    itemLines: 3,
    itemSize: 10.5,
    factSize: 10,
    factLines: 3,
    quoteLines: 8,
  },
  {
    titleSizes: [23, 20],
    summaryLines: 5,
    items: 7,
    itemLines: 3,
    itemSize: 10,
    factSize: 10,
    factLines: 3,
    quoteLines: 6,
  },
  {
    titleSizes: [20, 18],
    summaryLines: 4,
    items: 6,
    itemLines: 2,
    itemSize: 9.5,
    factSize: 9.5,
    factLines: 2,
    quoteLines: 5,
  },
  {
    titleSizes: [18],
    summaryLines: 3,
    items: 5,
    itemLines: 2,
    itemSize: 9,
    factSize: 9,
    factLines: 2,
    quoteLines: 3,
  },
] as const;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * `text` cut so that it, with an ellipsis, wraps into `maxLines` lines: at a space in words, at
 * any character in Chinese. Text that fits comes back unchanged.
 * @example clampLines('A very long title …', 2, (s) => measure.height(s, style, 300) / line)
 */
export function clampLines(text: string, maxLines: number, linesOf: (s: string) => number): string {
  const whole = text.trim();
  if (linesOf(whole) <= maxLines) return whole;
  const cuts: number[] = [];
  for (let i = 1; i < whole.length; i++) {
    if (/\s/.test(whole[i]!) || CJK.test(whole[i - 1]!) || CJK.test(whole[i]!)) cuts.push(i);
  }
  const cutAt = (i: number) =>
    `${whole
      .slice(0, i)
      .replace(/[\s,.;:!?、，。；：！？·—–-]+$/u, '')
      .trimEnd()}…`;
  let lo = -1;
  let hi = cuts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi + 1) / 2);
    if (linesOf(cutAt(cuts[mid]!)) <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  return lo >= 0 ? cutAt(cuts[lo]!) : '…';
}

/** Lines `text` takes in `width`. */
export function linesIn(measure: Measure, text: string, style: TextStyle, width: number): number {
  if (!text) return 0;
  // pdfkit counts every line with its gap, the last one included.
  return Math.round(
    measure.height(text, style, width) / (measure.lineHeight(style) + style.lineGap),
  );
}

/** Height of `lines` lines: the last one without its gap. */
function heightOf(measure: Measure, style: TextStyle, lines: number): number {
  return lines > 0 ? lines * (measure.lineHeight(style) + style.lineGap) - style.lineGap : 0;
}

/**
 * Where everything on `sheet` goes on one A4 page: the header band with the speaker, the title,
 * summary, takeaways beside the facts, one testimonial, and the footer with the bookings address
 * and the talk's URL. Long texts are set smaller, then cut with an ellipsis; nothing spills.
 */
export function layOutOneSheet(sheet: OneSheet, measure: Measure): SheetLayout {
  let last: SheetLayout | undefined;
  for (let density = 0; density < DENSITIES.length; density++) {
    last = layOutAt(sheet, measure, density);
    if (last.bottom <= BODY_BOTTOM) return last;
  }
  return last!;
}

function layOutAt(sheet: OneSheet, measure: Measure, density: number): SheetLayout {
  const d = DENSITIES[density]!;
  const blocks: Block[] = [];
  /** Adds a text block clamped to `maxLines` and returns its height. */
  const text = (
    value: string,
    style: TextStyle,
    x: number,
    y: number,
    width: number,
    maxLines: number,
    link?: string,
  ): number => {
    const fitted = clampLines(value, maxLines, (s) => linesIn(measure, s, style, width));
    const lines = linesIn(measure, fitted, style, width);
    blocks.push({ kind: 'text', text: fitted, style, x, y, width, lines, ...(link && { link }) });
    return heightOf(measure, style, lines);
  };
  const style = (
    font: TextStyle['font'],
    size: number,
    color: string,
    lineGap = size * 0.3,
    characterSpacing?: number,
  ): TextStyle => ({ font, size, color, lineGap, ...(characterSpacing && { characterSpacing }) });

  // Header band: label, speaker, job title, tagline; portrait on the right. The band grows
  // with the text, so a long tagline never runs over its edge.
  const bandIndex = blocks.length;
  const portraitX = PAGE.width - MARGIN - PORTRAIT.width;
  const { top: portraitTop, ...portraitSize } = PORTRAIT;
  blocks.push({ kind: 'portrait', x: portraitX, y: portraitTop, ...portraitSize });
  const headWidth = portraitX - MARGIN - 24;
  let y = 38;
  y += text(sheet.label, style('bold', 9, COLORS.warm, 0, 1.2), MARGIN, y, headWidth, 1) + 8;
  y += text(sheet.speaker.name, style('bold', 24, COLORS.white, 0), MARGIN, y, headWidth, 1) + 6;
  y += text(sheet.speaker.jobTitle, style('regular', 12, COLORS.soft, 0), MARGIN, y, headWidth, 2);
  y += 8;
  y += text(
    sheet.speaker.tagline,
    style('regular', 10, COLORS.white, 0.5),
    MARGIN,
    y,
    headWidth,
    3,
  );
  const band = Math.max(portraitTop * 2 + PORTRAIT.height, y + 24);
  blocks.splice(
    bandIndex,
    0,
    { kind: 'rect', x: 0, y: 0, width: PAGE.width, height: band, color: COLORS.accent },
    { kind: 'rect', x: 0, y: band, width: PAGE.width, height: 4, color: COLORS.warm },
  );

  y = band + 34;
  // Title: the largest size that takes two lines, else three; else cut at the smallest size.
  const titleStyleAt = (size: number) => style('bold', size, COLORS.ink, -size * 0.12);
  const titleLines = (size: number) =>
    linesIn(measure, sheet.title, titleStyleAt(size), CONTENT_WIDTH);
  const titleSize =
    d.titleSizes.find((size) => titleLines(size) <= 2) ??
    d.titleSizes.find((size) => titleLines(size) <= 3) ??
    d.titleSizes.at(-1)!;
  y += text(sheet.title, titleStyleAt(titleSize), MARGIN, y, CONTENT_WIDTH, 3) + 12;
  const summaryStyle = style('regular', 11.5, COLORS.muted, 0.5);
  y += text(sheet.summary, summaryStyle, MARGIN, y, CONTENT_WIDTH, d.summaryLines);
  y += 24;

  // Takeaways, then the testimonial (left), beside the facts (right): the facts box is usually
  // the taller column, and the quote fills the room beside it.
  const gap = 22;
  const factsWidth = 186;
  const leftWidth = CONTENT_WIDTH - factsWidth - gap;
  const columnsTop = y;
  let left = columnsTop;
  const headingStyle = style('bold', 12.5, COLORS.accent, 0);
  left += text(sheet.takeawaysHeading, headingStyle, MARGIN, left, leftWidth, 1) + 8;
  const itemStyle = style('regular', d.itemSize, COLORS.ink, 0);
  const bullet = 14;
  for (const item of sheet.takeaways.slice(0, d.items)) {
    const dot = d.itemSize * 0.42;
    const dotY = left + (measure.lineHeight(itemStyle) - dot) / 2;
    blocks.push({
      kind: 'rect',
      x: MARGIN + 1,
      y: dotY,
      width: dot,
      height: dot,
      color: COLORS.accent,
    });
    left += text(item, itemStyle, MARGIN + bullet, left, leftWidth - bullet, d.itemLines) + 7;
  }
  left -= 7;

  if (sheet.testimonial) {
    left += 20;
    const quoteTop = left;
    const indent = 14;
    const width = leftWidth - indent;
    const quoteStyle = style('regular', d.itemSize + 0.5, COLORS.ink, 0.5);
    left += text(sheet.testimonial.quote, quoteStyle, MARGIN + indent, left, width, d.quoteLines);
    left += 5;
    const byStyle = style('regular', 8.5, COLORS.muted, 0);
    left += text(sheet.testimonial.by, byStyle, MARGIN + indent, left, width, 3);
    blocks.push({
      kind: 'rect',
      x: MARGIN,
      y: quoteTop,
      width: 3,
      height: left - quoteTop,
      color: COLORS.warm,
    });
  }

  const boxX = MARGIN + leftWidth + gap;
  const pad = 14;
  const factWidth = factsWidth - 2 * pad;
  const boxIndex = blocks.length;
  let right = columnsTop + pad;
  for (const fact of sheet.facts) {
    const entries = fact.value.split('\n').length;
    const lines = d.factLines + (entries > 1 ? 3 : 0);
    right += text(
      fact.label,
      style('bold', 8.5, COLORS.accent, 0),
      boxX + pad,
      right,
      factWidth,
      1,
    );
    right += 1;
    const valueStyle = style('regular', d.factSize, COLORS.ink, 0);
    right += text(fact.value, valueStyle, boxX + pad, right, factWidth, lines) + 9;
  }
  right += pad - 9;
  blocks.splice(boxIndex, 0, {
    kind: 'rect',
    x: boxX,
    y: columnsTop,
    width: factsWidth,
    height: right - columnsTop,
    color: COLORS.chip,
    radius: 6,
  });
  const bottom = Math.max(left, right);

  // Footer: bookings address and the talk's page, each a link.
  const footer = FOOTER_TOP;
  blocks.push({
    kind: 'rect',
    x: MARGIN,
    y: footer,
    width: CONTENT_WIDTH,
    height: 1,
    color: COLORS.border,
  });
  const half = (CONTENT_WIDTH - gap) / 2;
  const labelStyle = style('bold', 8.5, COLORS.muted, 0);
  let f = footer + 14;
  f += text(sheet.bookings.label, labelStyle, MARGIN, f, half, 1) + 3;
  text(
    sheet.bookings.email,
    style('bold', 14, COLORS.accent, 2),
    MARGIN,
    f,
    half,
    1,
    `mailto:${sheet.bookings.email}`,
  );
  f = footer + 14;
  const urlX = MARGIN + half + gap;
  f += text(sheet.online.label, labelStyle, urlX, f, half, 1) + 3;
  text(
    sheet.online.url,
    style('regular', 9.5, COLORS.accent, 2),
    urlX,
    f,
    half,
    2,
    sheet.online.url,
  );
  text(
    sheet.footer,
    style('regular', 8, COLORS.muted, 1),
    MARGIN,
    PAGE.height - 32,
    CONTENT_WIDTH,
    1,
  );
  return { blocks, bottom, density };
}

/**
 * A file size as the download link states it: whole kilobytes, never 0.
 * @example kilobytes(183_500) // 179
 */
export function kilobytes(bytes: number): number {
  return Math.max(1, Math.round(bytes / 1024));
}
