/**
 * The registry of content kinds (src/lib/content-kinds.ts), walked kind by
 * kind, so a kind added there is held to the same promises as the others:
 * its scaffold passes the content check once filled, its pages exist and are
 * labelled in every language, and its names collide with nothing.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { dictionaries } from '~/i18n/dictionaries';
import { checkContent } from '~/lib/content-check';
import {
  collectionKinds,
  contentKinds,
  isDraft,
  kindOfId,
  pagedKinds,
  specOf,
} from '~/lib/content-kinds';
import { SEGMENT_PATTERN } from '~/lib/content-paths';
import { splitFrontmatter } from '~/lib/frontmatter';
import { isPlaceholder } from '~/lib/placeholders';
import { newKinds, planNewContent, type PlannedFile } from '~/lib/scaffold';
import { defaultLocale, localeKeys } from '~/site.config';
import { projectRoot } from '../support/paths';

const temp = mkdtempSync(path.join(os.tmpdir(), 'content-kinds-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A topic id of the valid fixture's topics.yaml. */
const TOPIC = 'operations';

/** Replaces every placeholder in frontmatter data as an author would. */
function filled(value: unknown, at: string[] = []): unknown {
  if (isPlaceholder(value)) return at[0] === 'topics' ? TOPIC : 'Filled in by the author.';
  if (Array.isArray(value)) return value.map((item) => filled(item, at));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, filled(inner, [...at, key])]),
    );
  return value;
}

/** Writes planned files with every TODO filled in. */
function writeFilled(files: PlannedFile[]): void {
  for (const { file, text } of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    if (!file.endsWith('.mdx')) {
      // The one companion file today is a quiz's answer key: a letter per question.
      writeFileSync(file, text.replace(/: TODO$/gm, ': a'));
      continue;
    }
    const split = splitFrontmatter(text);
    if (!split.ok) throw new Error(`${file}: ${split.problem}`);
    const body = split.body.replace(/^\s*TODO\b.*$/gm, 'Filled in by the author.');
    writeFileSync(file, `---\n${stringify(filled(split.data))}---\n\n${body}`);
  }
}

describe('every content kind', () => {
  const withScaffold = collectionKinds.filter((kind) => specOf(kind).scaffold);

  it.each(withScaffold)(
    'scaffolds %s that the content check refuses until filled, then accepts, with its translations',
    (kind) => {
      const dir = path.join(temp, kind);
      cpSync(path.join(projectRoot, 'tests/fixtures/valid'), dir, { recursive: true });
      const { id } = contentKinds[kind];
      const request = { kind: id, name: 'registry-check', today: '2026-01-02', contentDir: dir };
      const blank = planNewContent({ ...request, locale: defaultLocale });
      if (!blank.ok) throw new Error(blank.problem);

      for (const { file, text } of blank.files) {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
      expect(checkContent(dir).errors).toContainEqual(
        expect.stringMatching(/registry-check\.mdx: still has \d+ placeholders? /),
      );

      writeFilled(blank.files);
      expect(checkContent(dir).errors).toEqual([]);

      for (const locale of localeKeys.filter((l) => l !== defaultLocale)) {
        const translation = planNewContent({ ...request, locale, from: defaultLocale });
        if (!translation.ok) throw new Error(translation.problem);
        writeFilled(translation.files);
      }
      const report = checkContent(dir);
      expect(report.errors).toEqual([]);
      expect(
        report.entries
          .filter((e) => e.name === 'registry-check')
          .map((e) => `${e.kind}/${e.locale}`)
          .sort(),
      ).toEqual(localeKeys.map((l) => `${kind}/${l}`).sort());
    },
  );

  it('is offered by npm run new under its one-word id when it has a scaffold', () => {
    expect(newKinds).toEqual(withScaffold.map((kind) => contentKinds[kind].id).sort());
  });

  it.each(collectionKinds)('%s keeps drafts out only if its schema has a draft field', (kind) => {
    const { schema, drafts } = specOf(kind);
    const issues = schema.safeParse({ draft: true }).error?.issues ?? [];
    const draftUnknown = issues.some(
      (issue) => issue.code === 'unrecognized_keys' && issue.keys.includes('draft'),
    );
    expect(draftUnknown).toBe(!drafts);
    expect(isDraft(kind, { draft: true })).toBe(drafts);
    expect(isDraft(kind, { draft: false })).toBe(false);
  });
});

describe('names of content kinds', () => {
  const segments = pagedKinds.map((kind) => contentKinds[kind].pages.segment);
  const routes = path.join(projectRoot, 'src/pages/[locale]');

  it('gives each kind its own folder, id and URL segment, all usable in paths and URLs', () => {
    const ids = collectionKinds.map((kind) => contentKinds[kind].id);
    for (const name of [...collectionKinds, ...ids, ...segments])
      expect(name).toMatch(SEGMENT_PATTERN);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(segments).size).toBe(segments.length);
    // content/ also holds topics.yaml and the quiz answer keys, which are not kinds
    expect(collectionKinds).not.toContain('quiz-answers');
    for (const kind of collectionKinds) expect(kindOfId(contentKinds[kind].id)).toBe(kind);
  });

  it('has a page route for every kind with pages, and no route for a kind it does not know', () => {
    const withEntryPages = readdirSync(routes).filter((folder) =>
      existsSync(path.join(routes, folder, '[slug].astro')),
    );
    expect(withEntryPages.sort()).toEqual([...segments].sort());
  });

  it.each(localeKeys)('labels every kind with pages in %s, each differently', (locale) => {
    const labels = pagedKinds.map((kind) => dictionaries[locale][contentKinds[kind].pages.label]);
    for (const label of labels) expect(label?.trim()).toBeTruthy();
    expect(new Set(labels).size).toBe(labels.length);
  });
});
