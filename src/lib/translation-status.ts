/**
 * `npm run translations`: for every piece of content (article, quiz, keynote),
 * each locale is present, missing or stale. The original is the earliest
 * version (by `date`; the default locale when dates tie or there are none). A
 * translation is stale when the original was changed after it: a newer
 * `updated`/`date` in the frontmatter, or a newer last change in git.
 * Nothing here is shown to readers.
 */
import path from 'node:path';
import { defaultLocale, localeKeys, type Locale } from '~/site.config';
import { checkContent } from './content-check';
import { isoDay } from './dates';
import { lastChanges } from './git-dates';
import { hasPages, type CollectionKind } from './content-kinds';

export interface VersionInput {
  kind: CollectionKind;
  name: string;
  locale: Locale;
  file: string;
  /** `date` from the frontmatter: when this version was first published (keynotes have none). */
  written?: Date;
  /** `updated`, else `date`. */
  edited?: Date;
  /** When the file last changed: its last commit, or its modification time if it has uncommitted changes. */
  changed?: Date;
}

export type LocaleStatus =
  | { status: 'present'; file: string; original: boolean }
  | { status: 'stale'; file: string; original: false; reason: string }
  | { status: 'missing' };

export interface PieceStatus {
  kind: CollectionKind;
  name: string;
  original: Locale;
  locales: Record<Locale, LocaleStatus>;
}

export type Totals = Record<Locale, { present: number; stale: number; missing: number }>;

const order = (locale: Locale) => (locale === defaultLocale ? -1 : localeKeys.indexOf(locale));

function originalOf(versions: VersionInput[]): VersionInput {
  return [...versions].sort(
    (a, b) =>
      (a.written && b.written ? a.written.getTime() - b.written.getTime() : 0) ||
      order(a.locale) - order(b.locale),
  )[0]!;
}

function staleness(original: VersionInput, translation: VersionInput): string | undefined {
  if (original.edited && translation.edited && original.edited > translation.edited) {
    return `${original.file} was updated ${isoDay(original.edited)}, after this translation (${isoDay(translation.edited)})`;
  }
  if (original.changed && translation.changed && original.changed > translation.changed) {
    return `${original.file} changed on ${isoDay(original.changed)}, after this translation last changed (${isoDay(translation.changed)})`;
  }
  return undefined;
}

export function translationStatus(versions: VersionInput[]): {
  pieces: PieceStatus[];
  totals: Totals;
} {
  const groups = new Map<string, VersionInput[]>();
  for (const version of versions) {
    const key = `${version.kind}/${version.name}`;
    groups.set(key, [...(groups.get(key) ?? []), version]);
  }
  const totals = Object.fromEntries(
    localeKeys.map((l) => [l, { present: 0, stale: 0, missing: 0 }]),
  ) as Totals;
  const pieces = [...groups.values()]
    .map((group): PieceStatus => {
      const original = originalOf(group);
      const locales = Object.fromEntries(
        localeKeys.map((locale): [Locale, LocaleStatus] => {
          const version = group.find((v) => v.locale === locale);
          if (!version) return [locale, { status: 'missing' }];
          const reason = version === original ? undefined : staleness(original, version);
          return [
            locale,
            reason
              ? { status: 'stale', file: version.file, original: false, reason }
              : { status: 'present', file: version.file, original: version === original },
          ];
        }),
      ) as Record<Locale, LocaleStatus>;
      for (const locale of localeKeys) totals[locale][locales[locale].status]++;
      return { kind: original.kind, name: original.name, original: original.locale, locales };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  return { pieces, totals };
}

/**
 * The status of the content folder `dir`: every checked entry with its
 * frontmatter dates and its last change in git, plus the content problems (a
 * file with a problem counts as missing until it is fixed).
 */
export function readTranslationStatus(
  dir: string,
): ReturnType<typeof translationStatus> & { problems: string[] } {
  const report = checkContent(dir);
  const changes = lastChanges(dir);
  // Testimonials and other data without pages are never translations of each other.
  const versions = report.entries.filter(hasPages).map((entry): VersionInput => {
    const data = entry.data as { date?: Date; updated?: Date };
    return {
      kind: entry.kind,
      name: entry.name,
      locale: entry.locale,
      file: entry.file,
      written: data.date,
      edited: data.updated ?? data.date,
      changed: changes.get(path.resolve(entry.file)),
    };
  });
  return { ...translationStatus(versions), problems: report.errors };
}

/** The plain-text report: one line per piece, the reasons for stale ones, totals per locale. */
export function formatStatus({ pieces, totals }: ReturnType<typeof translationStatus>): string {
  const width = Math.max(20, ...pieces.map((p) => p.name.length + 4));
  const cell = (s: LocaleStatus) =>
    (s.status === 'present' && s.original ? 'original' : s.status).padEnd(10);
  const lines: string[] = [];
  let kind = '';
  for (const piece of pieces) {
    if (piece.kind !== kind) {
      kind = piece.kind;
      lines.push(
        '',
        `${kind.padEnd(width)}${localeKeys.map((l) => l.padEnd(10)).join('')}`.trimEnd(),
      );
    }
    lines.push(
      `  ${piece.name.padEnd(width - 2)}${localeKeys.map((l) => cell(piece.locales[l])).join('')}`.trimEnd(),
    );
  }
  const stale = pieces.flatMap((p) =>
    localeKeys.flatMap((l) => {
      const s = p.locales[l];
      return s.status === 'stale' ? [`  ${s.file}: ${s.reason}`] : [];
    }),
  );
  if (stale.length) lines.push('', 'Stale translations:', ...stale);
  lines.push('', 'Totals:');
  for (const locale of localeKeys) {
    const t = totals[locale];
    lines.push(`  ${locale}: ${t.present} present, ${t.stale} stale, ${t.missing} missing`);
  }
  return lines.join('\n').replace(/^\n/, '');
}
