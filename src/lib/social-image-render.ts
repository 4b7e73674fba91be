/**
 * Draws a social card (see social-image.ts) as a 1200×630 JPEG: satori lays it out and turns
 * text into SVG paths with the bundled Noto Sans SC, sharp rasterises the SVG. Drawn cards are
 * kept in the cache folder under a hash of everything on them, so a rebuild draws only cards
 * whose title, language, speaker, font or design changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { cacheRoot } from './content-root';
import { fontsFor, fontVersion, type CardFont } from './social-image-fonts';
import {
  balanceCjk,
  cardKey,
  fitTitle,
  SOCIAL_IMAGE,
  wrapLines,
  type SocialCard,
} from './social-image';

const { width: WIDTH, height: HEIGHT } = SOCIAL_IMAGE;
const PAD = 64;
const PORTRAIT = { width: 300, height: 375 };
const TITLE_WIDTH = WIDTH - 2 * PAD - PORTRAIT.width - 56;
const COLORS = { ink: '#ffffff', soft: '#c4e4e7', accent: '#f2a65a' };

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } & Record<
    string,
    unknown
  >;
}

const el = (
  type: string,
  style: Record<string, unknown>,
  ...children: (Node | string)[]
): Node => ({
  type,
  props: { style, children },
});

/** The card as satori's element tree (a plain object, no JSX runtime needed). */
export function cardTree(card: SocialCard, portrait: boolean): Node {
  // Three lines at a large size, else four at a small one; what does not fit is cut.
  // Bold glyphs run wider than fitTitle's estimate: measure against 95 % of the room.
  const roomy = fitTitle(card.title, {
    width: TITLE_WIDTH * 0.95,
    maxLines: card.kind === 'site' ? 2 : 3,
    sizes: card.kind === 'site' ? [76, 68] : [68, 60, 52],
  });
  const title = roomy.text.endsWith('…')
    ? fitTitle(card.title, { width: TITLE_WIDTH * 0.95, maxLines: 4, sizes: [46] })
    : roomy;
  const cjkLines = balanceCjk(
    title.text,
    wrapLines(title.text, title.fontSize, TITLE_WIDTH * 0.95).length,
  );
  const ring = (size: number, top: number, right: number, opacity: number) =>
    el('div', {
      position: 'absolute',
      top,
      right,
      width: size,
      height: size,
      borderRadius: size,
      border: `3px solid rgba(255,255,255,${opacity})`,
    });
  return {
    type: 'div',
    props: {
      lang: card.lang,
      style: {
        width: WIDTH,
        height: HEIGHT,
        boxSizing: 'border-box',
        display: 'flex',
        padding: PAD,
        color: COLORS.ink,
        backgroundImage: 'linear-gradient(135deg, #0d6b79 0%, #0a4a54 55%, #082f36 100%)',
        fontFamily: 'Noto Sans SC latin',
      },
      children: [
        ring(620, -150, -120, 0.07),
        ring(480, -80, -50, 0.09),
        el('div', {
          position: 'absolute',
          left: 0,
          bottom: 0,
          width: WIDTH,
          height: 10,
          backgroundImage: `linear-gradient(90deg, ${COLORS.accent}, #f7cf9e)`,
        }),
        el(
          'div',
          {
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'space-between',
            width: TITLE_WIDTH,
            flexShrink: 0,
            marginRight: 56,
          },
          el(
            'div',
            { display: 'flex', alignItems: 'center', fontSize: 26, fontWeight: 700 },
            el('div', {
              width: 36,
              height: 6,
              borderRadius: 3,
              backgroundColor: COLORS.accent,
              marginRight: 16,
            }),
            el('div', { color: COLORS.soft }, card.masthead),
          ),
          el(
            'div',
            { display: 'flex', flexDirection: 'column' },
            ...(card.kind === 'site'
              ? []
              : [
                  el(
                    'div',
                    {
                      fontSize: 26,
                      fontWeight: 700,
                      color: COLORS.accent,
                      letterSpacing: 1.5,
                      marginBottom: 14,
                    },
                    card.eyebrow.toLocaleUpperCase(card.lang),
                  ),
                ]),
            el(
              'div',
              {
                display: 'flex',
                flexDirection: 'column',
                fontSize: title.fontSize,
                fontWeight: 700,
                lineHeight: 1.18,
              },
              ...(cjkLines ?? [title.text]).map((line) => el('div', {}, line)),
            ),
            ...(card.kind === 'site'
              ? [
                  el(
                    'div',
                    { fontSize: 30, lineHeight: 1.4, color: COLORS.soft, marginTop: 22 },
                    card.eyebrow,
                  ),
                ]
              : []),
          ),
          el(
            'div',
            { display: 'flex', flexDirection: 'column' },
            el('div', { fontSize: 30, fontWeight: 700 }, card.name),
            el('div', { fontSize: 22, color: COLORS.soft, marginTop: 4 }, card.line),
          ),
        ),
        ...(portrait
          ? [
              el(
                'div',
                {
                  display: 'flex',
                  flexShrink: 0,
                  alignSelf: 'center',
                  padding: 8,
                  borderRadius: 36,
                  backgroundColor: 'rgba(255,255,255,0.12)',
                },
                // The portrait itself is laid over this spot by sharp (see drawCard): a photo
                // inside the SVG made every card six times slower to rasterise.
                el('div', { width: PORTRAIT.width, height: PORTRAIT.height }),
              ),
            ]
          : []),
      ],
    },
  };
}

/** Every text on the card, for choosing the font files. */
const cardText = (card: SocialCard) =>
  [
    card.eyebrow,
    card.eyebrow.toLocaleUpperCase(card.lang),
    card.title,
    card.name,
    card.line,
    card.masthead,
    '…',
  ].join('');

/** Draws `card` as JPEG; `fonts` replaces the bundled font (a test draws with a font lacking CJK). */
export async function drawCard(
  card: SocialCard,
  portrait: Buffer | undefined,
  fonts: CardFont[] = fontsFor(cardText(card)),
): Promise<Buffer> {
  const svg = await satori(
    cardTree(card, portrait !== undefined) as unknown as Parameters<typeof satori>[0],
    { width: WIDTH, height: HEIGHT, fonts },
  );
  return (
    sharp(Buffer.from(svg))
      .composite(portrait ? [{ input: portrait, ...PORTRAIT_AT }] : [])
      // JPEG: 60–70 KB and ~25 ms a card, where a palette PNG of the same card took ~0.5 s.
      .jpeg({ quality: 88, chromaSubsampling: '4:4:4' })
      .toBuffer()
  );
}

/** Where the portrait's frame (after the title column and its margin, vertically centred, 8 px padding) puts it. */
const PORTRAIT_AT = {
  left: PAD + TITLE_WIDTH + 56 + 8,
  top: Math.round((HEIGHT - PORTRAIT.height) / 2),
};

/** The speaker's portrait cut to the card's frame with rounded corners (PNG), and a digest of its file. */
export async function cardPortrait(
  file: string,
): Promise<{ png: Buffer; digest: string } | undefined> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const { width, height } = PORTRAIT;
  const corners = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" rx="28" ry="28"/></svg>`,
  );
  const png = await sharp(bytes)
    .resize(width, height, { fit: 'cover', position: 'top' })
    .ensureAlpha()
    .composite([{ input: corners, blend: 'dest-in' }])
    .png()
    .toBuffer();
  return {
    png,
    digest: createHash('sha256').update(bytes).digest('base64url'),
  };
}

export interface DrawStats {
  drawn: number;
  cached: number;
}

/**
 * How many cards this process drew and how many it took from the cache. Kept on globalThis:
 * the build's page bundle and the integration that reports it are separate module instances.
 */
export function drawStats(): DrawStats {
  const store = globalThis as typeof globalThis & { [STATS]?: DrawStats };
  return (store[STATS] ??= { drawn: 0, cached: 0 });
}
const STATS = Symbol.for('social-images.stats');

/**
 * The PNG for `card`: from the cache folder when a card with the same key was drawn before
 * (by this build or an earlier one), else drawn now and stored there.
 */
export async function socialImage(card: SocialCard, portraitFile: string): Promise<Buffer> {
  const portrait = await portraitOnce(portraitFile);
  const key = cardKey(card, { font: fontVersion, portrait: portrait?.digest ?? 'none' });
  const dir = path.join(cacheRoot(), 'social-images');
  const file = path.join(dir, `${key}.jpg`);
  try {
    const jpeg = readFileSync(file);
    drawStats().cached += 1;
    return jpeg;
  } catch {
    // not drawn yet
  }
  const jpeg = await drawCard(card, portrait?.png);
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, jpeg);
  renameSync(temporary, file);
  drawStats().drawn += 1;
  return jpeg;
}

const portraits = new Map<string, ReturnType<typeof cardPortrait>>();
function portraitOnce(file: string) {
  let portrait = portraits.get(file);
  if (!portrait) portraits.set(file, (portrait = cardPortrait(file)));
  return portrait;
}
