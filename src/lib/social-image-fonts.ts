/**
 * The font social images are drawn in: Noto Sans SC from the `@fontsource/noto-sans-sc` npm
 * package, which covers Latin, German and Chinese in one design. Nothing is downloaded at
 * build time and no system font is assumed. Fontsource splits the font into ~100 files by
 * unicode-range (unicode.json); a card loads only the files that hold its characters.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const PACKAGE = '@fontsource/noto-sans-sc';
// Resolved from the project (builds run there), not from the bundled chunk's own folder.
const require = createRequire(path.join(process.cwd(), 'package.json'));
const packageDir = path.dirname(require.resolve(`${PACKAGE}/package.json`));

/** Code point ranges, inclusive. */
export type Ranges = [number, number][];

/**
 * Parses a CSS unicode-range list.
 * @example parseUnicodeRange('U+0-ff,U+131') // [[0, 255], [305, 305]]
 */
export function parseUnicodeRange(spec: string): Ranges {
  return spec.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

/**
 * The names of the subsets (in `table`'s order) that `text` needs: for each character the first
 * subset that holds it (subsets overlap: dashes and quotes are in Latin and in a CJK file too).
 * Spaces are drawn without a glyph and need no subset.
 */
export function subsetsFor(text: string, table: ReadonlyMap<string, Ranges>): string[] {
  const codes = [...new Set(text.replace(/\s/g, ''))].map((c) => c.codePointAt(0)!);
  const needed = new Set<string>();
  for (const code of codes) {
    for (const [name, ranges] of table) {
      if (ranges.some(([lo, hi]) => code >= lo && code <= hi)) {
        needed.add(name);
        break;
      }
    }
  }
  return [...table.keys()].filter((name) => needed.has(name));
}

/** Fontsource's subsets, Latin first so Latin text never takes its glyphs from a CJK file. */
export const subsetTable: ReadonlyMap<string, Ranges> = (() => {
  const raw = JSON.parse(readFileSync(path.join(packageDir, 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  const entries = Object.entries(raw).map(
    ([key, spec]) => [key.replace(/^\[(\d+)\]$/, '$1'), parseUnicodeRange(spec)] as const,
  );
  const rank = (name: string) => (name === 'latin' ? 0 : name === 'latin-ext' ? 1 : 2);
  return new Map(entries.sort((a, b) => rank(a[0]) - rank(b[0])));
})();

/** Identifies the font files, for the image cache key: a new font version draws every card again. */
export const fontVersion: string = `${PACKAGE}@${
  (JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string })
    .version
}`;

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

const fontSets = new Map<string, CardFont[]>();

/**
 * The fonts satori needs to draw `text` at weights 400 and 700: one family name per subset.
 * Cards needing the same subsets get the very same array, which satori keeps parsed.
 */
export function fontsFor(text: string): CardFont[] {
  const subsets = subsetsFor(text, subsetTable);
  const key = subsets.join(',');
  let fonts = fontSets.get(key);
  if (!fonts) {
    fonts = subsets.flatMap((subset) =>
      ([400, 700] as const).map((weight) => ({
        name: `Noto Sans SC ${subset}`,
        data: readFileSync(
          path.join(packageDir, 'files', `noto-sans-sc-${subset}-${weight}-normal.woff`),
        ),
        weight,
        style: 'normal' as const,
      })),
    );
    fontSets.set(key, fonts);
  }
  return fonts;
}
