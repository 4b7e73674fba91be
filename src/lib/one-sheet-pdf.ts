/**
 * Draws a one-sheet (see one-sheet.ts) as a one-page A4 PDF with pdfkit, in Noto Sans SC from
 * the `@expo-google-fonts/noto-sans-sc` npm package: one TrueType file per weight that covers
 * Latin, German and Chinese, which pdfkit embeds as a subset (only the glyphs used, with a
 * ToUnicode map, so the text stays selectable and searchable). The portrait goes in as a small
 * JPEG. Drawn PDFs are kept in the cache folder under a hash of everything on them, and the
 * document date is the build time, so a rebuild of the same content is byte-identical.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { buildTime } from './build-time';
import { digestOf } from './cache-keys';
import { cacheRoot } from './content-root';
import { layOutOneSheet, type Measure, type OneSheet, type TextStyle } from './one-sheet';

/** Bump when the drawing changes, so cached PDFs are drawn again. */
const TEMPLATE_VERSION = 1;

const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
// Resolved from the project (builds run there), not from the bundled chunk's own folder.
const require = createRequire(path.join(process.cwd(), 'package.json'));
const fontDir = path.dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
export const ONE_SHEET_FONTS = {
  regular: path.join(fontDir, '400Regular', 'NotoSansSC_400Regular.ttf'),
  bold: path.join(fontDir, '700Bold', 'NotoSansSC_700Bold.ttf'),
} as const;
const fontVersion = `${FONT_PACKAGE}@${(require(`${FONT_PACKAGE}/package.json`) as { version: string }).version}`;

/** The two font files (about 10 MB each), read once per build. */
let fontFiles: { regular: Buffer; bold: Buffer } | undefined;

/** A new A4 document with the fonts registered, margins at zero (the layout places everything). */
function newDocument(info?: PDFKit.DocumentInfo, lang?: string): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: true,
    bufferPages: true,
    compress: true,
    displayTitle: true,
    ...(lang && { lang }),
    ...(info && { info }),
  });
  fontFiles ??= {
    regular: readFileSync(ONE_SHEET_FONTS.regular),
    bold: readFileSync(ONE_SHEET_FONTS.bold),
  };
  doc.registerFont('regular', fontFiles.regular);
  doc.registerFont('bold', fontFiles.bold);
  return doc;
}

/** Measures with pdfkit's own line wrapping (the same linebreak rules the drawing uses). */
export function pdfMeasure(doc: PDFKit.PDFDocument = newDocument()): Measure {
  const use = (style: TextStyle) => doc.font(style.font).fontSize(style.size);
  return {
    height: (text, style, width) =>
      use(style).heightOfString(text, {
        width,
        lineGap: style.lineGap,
        characterSpacing: style.characterSpacing ?? 0,
      }),
    lineHeight: (style) => use(style).currentLineHeight(true),
  };
}

/** The portrait as a 400 px wide JPEG cropped to the layout's 4:5 frame. */
async function portraitJpeg(file: string): Promise<Buffer> {
  return sharp(file)
    .resize(400, 500, { fit: 'cover', position: 'attention' })
    .jpeg({ quality: 78, mozjpeg: true })
    .toBuffer();
}

/** Draws `sheet`; throws if anything would land on a second page. */
export async function drawOneSheet(
  sheet: OneSheet,
  portraitFile: string,
  created: Date,
): Promise<Buffer> {
  const doc = newDocument(
    {
      Title: sheet.title,
      Author: sheet.speaker.name,
      Subject: sheet.summary,
      Creator: sheet.footer,
      Producer: 'PDFKit',
      CreationDate: created,
      ModDate: created,
    },
    sheet.lang,
  );
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const portrait = await portraitJpeg(portraitFile);
  const layout = layOutOneSheet(sheet, pdfMeasure(doc));
  for (const block of layout.blocks) {
    if (block.kind === 'rect') {
      if (block.radius) doc.roundedRect(block.x, block.y, block.width, block.height, block.radius);
      else doc.rect(block.x, block.y, block.width, block.height);
      doc.fill(block.color);
    } else if (block.kind === 'portrait') {
      doc.save();
      doc.roundedRect(block.x, block.y, block.width, block.height, 8).clip();
      doc.image(portrait, block.x, block.y, { width: block.width, height: block.height });
      doc.restore();
    } else {
      const { style } = block;
      const line = doc.font(style.font).fontSize(style.size).currentLineHeight(true);
      doc.fillColor(style.color).text(block.text, block.x, block.y, {
        width: block.width,
        // Never more lines than the layout fitted: a rounding difference cannot push text on.
        height: block.lines * (line + style.lineGap) + line / 2,
        lineGap: style.lineGap,
        characterSpacing: style.characterSpacing ?? 0,
        ellipsis: true,
        ...(block.link && { link: block.link, underline: false }),
      });
    }
  }
  const pages = doc.bufferedPageRange().count;
  if (pages !== 1) throw new Error(`One-sheet "${sheet.title}" ran to ${pages} pages`);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** Everything a one-sheet's bytes depend on: its texts, the portrait, the font and the template. */
export function oneSheetKey(sheet: OneSheet, portraitFile: string): string {
  const portrait = createHash('sha256').update(readFileSync(portraitFile)).digest('base64url');
  return digestOf({ sheet, portrait, font: fontVersion, template: TEMPLATE_VERSION });
}

const drawn = new Map<string, Promise<Buffer>>();

/** Whole seconds: a PDF date has no more, and the document ID hashes the date. */
const created = new Date(Math.floor(buildTime().getTime() / 1000) * 1000);

/**
 * The PDF for `sheet`: from the cache folder when one with the same key was drawn before (by
 * this build, for the keynote page that shows its size, or an earlier one), else drawn now and
 * stored there.
 */
export function oneSheetPdf(sheet: OneSheet, portraitFile: string): Promise<Buffer> {
  const key = oneSheetKey(sheet, portraitFile);
  let pdf = drawn.get(key);
  if (!pdf) {
    pdf = cachedOrDrawn(key, sheet, portraitFile);
    drawn.set(key, pdf);
  }
  return pdf;
}

async function cachedOrDrawn(key: string, sheet: OneSheet, portraitFile: string): Promise<Buffer> {
  const dir = path.join(cacheRoot(), 'one-sheets');
  const file = path.join(dir, `${key}.pdf`);
  try {
    return readFileSync(file);
  } catch {
    // not drawn yet
  }
  const pdf = await drawOneSheet(sheet, portraitFile, created);
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, pdf);
  renameSync(temporary, file);
  return pdf;
}
