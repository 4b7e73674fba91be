/**
 * Every kind of content, declared once. The content check, Astro's
 * collections, URLs, `npm run new`, the search filter, translation status and
 * the sitemap all read this list, so a new kind is one entry here (plus its
 * schema in schemas.ts) rather than an edit in every one of them.
 *
 * The key is the collection's name and its folder under `content/`
 * (`content/articles/<locale>/<name>.mdx`); `id` is how one piece of the kind
 * is named where a single word is needed (`npm run new article`, the search
 * filter `type=article`). Plain TypeScript and zod, nothing from
 * `astro:content`, so unit tests and CLIs import it directly.
 */
import type { z } from 'astro/zod';
import type { UIKey } from '~/i18n/dictionaries';
import type { Locale } from '~/site.config';
import { PLACEHOLDER } from './placeholders';
import { pressSchema } from './press';
import {
  articleSchema,
  DELIVERY_MODES,
  KEYNOTE_FORMATS,
  keynoteSchema,
  quizSchema,
  testimonialSchema,
} from './schemas';

/** What a scaffold is written with. */
export interface ScaffoldContext {
  locale: Locale;
  /** `YYYY-MM-DD`. */
  today: string;
}

/** What `npm run new` writes for a kind. */
export interface Scaffold {
  /** Frontmatter of a blank piece, with "TODO: …" wherever the author must write. */
  blank(context: ScaffoldContext): Record<string, unknown>;
  /** Frontmatter of a translation: the source's structure, reader-facing text marked "TODO: translate". */
  translated(source: Record<string, unknown>, context: ScaffoldContext): Record<string, unknown>;
  /** Comment lines for a blank file, after the general ones. */
  hints: readonly string[];
  /** What the blank body asks for. */
  body: string;
  /** A second file a new piece needs, relative to `content/` (written only when it does not exist). */
  companion?(name: string, data: Record<string, unknown>): { file: string; text: string };
}

export interface KindSpec {
  /** One piece of the kind, in one word: `npm run new <id>`, the search filter value. */
  id: string;
  /** Frontmatter schema (schemas.ts): the content check and Astro's collection both apply it. */
  schema: z.ZodType;
  /**
   * Its pages: `/<locale>/<segment>/<slug>/`, labelled `label` (one piece, e.g.
   * "Article") in search results and the search type filter. `false` for data
   * that only appears inside other pages.
   */
  pages: { segment: string; label: UIKey } | false;
  /** Whether `draft: true` keeps a piece out of the built site (it is still checked). */
  drafts: boolean;
  /** How `npm run new` writes one; without it, the kind is not offered there. */
  scaffold?: Scaffold;
}

/** A placeholder the content check refuses until it is replaced: `TODO: title`. */
export const todo = (what: string) => `${PLACEHOLDER}: ${what}`;
const translate = (text: unknown) => todo(`translate "${String(text)}"`);

/** Articles and quizzes translate alike: title and description, and a date of their own. */
function translatedPiece(
  data: Record<string, unknown>,
  { today }: ScaffoldContext,
): Record<string, unknown> {
  return {
    ...data,
    title: translate(data.title),
    description: translate(data.description),
    ...translatedCover(data.cover),
    date: today,
  };
}

/** The same picture in every translation; its alt text is written in each language. */
function translatedCover(cover: unknown): { cover?: unknown } {
  if (typeof cover !== 'object' || cover === null) return {};
  const { alt } = cover as { alt?: unknown };
  return { cover: { ...cover, alt: translate(alt) } };
}

const WRITE_THE_TEXT = 'write the text. Start each section with "## ".';
const QUIZ_QUESTIONS = 10;

export const contentKinds = {
  articles: {
    id: 'article',
    schema: articleSchema,
    pages: { segment: 'articles', label: 'search.type.article' },
    drafts: true,
    scaffold: {
      blank: ({ today }) => ({
        title: todo('title'),
        description: todo('one or two sentences for lists, search results and link previews'),
        date: today,
        topics: [PLACEHOLDER],
      }),
      translated: translatedPiece,
      hints: [],
      body: WRITE_THE_TEXT,
    },
  },
  /** Questions only: answer keys (content/quiz-answers/) are never a collection and never published. */
  quizzes: {
    id: 'quiz',
    schema: quizSchema,
    pages: { segment: 'quizzes', label: 'search.type.quiz' },
    drafts: false,
    scaffold: {
      blank: ({ today }) => ({
        title: todo('title'),
        description: todo('one sentence for the quiz list'),
        date: today,
        topics: [PLACEHOLDER],
        questions: Array.from({ length: QUIZ_QUESTIONS }, (_, i) => ({
          prompt: todo(`question ${i + 1}`),
          options: Object.fromEntries(
            ['a', 'b', 'c', 'd'].map((letter) => [letter, todo(`option ${letter}`)]),
          ),
        })),
      }),
      translated: (source, context) => {
        const result = translatedPiece(source, context);
        if (Array.isArray(source.questions)) {
          result.questions = (source.questions as Record<string, unknown>[]).map((q) => ({
            prompt: translate(q.prompt),
            ...(Array.isArray(q.statements) ? { statements: q.statements.map(translate) } : {}),
            options: Object.fromEntries(
              Object.entries((q.options ?? {}) as Record<string, unknown>).map(([letter, text]) => [
                letter,
                translate(text),
              ]),
            ),
          }));
        }
        return result;
      },
      hints: [
        'Each question: a prompt, optional statements (shown as I.–IV.), options a–d. Answers go in content/quiz-answers/.',
      ],
      body: 'a short introduction shown above the questions.',
      companion: (name, data) => {
        const count = Array.isArray(data.questions) ? data.questions.length : QUIZ_QUESTIONS;
        const lines = Array.from({ length: count }, (_, i) => `${i + 1}: ${PLACEHOLDER}`);
        return {
          file: `quiz-answers/${name}.yaml`,
          text: `# The correct letter per question. Never published: only the content check and npm run grade read it.\n${lines.join('\n')}\n`,
        };
      },
    },
  },
  keynotes: {
    id: 'keynote',
    schema: keynoteSchema,
    pages: { segment: 'keynotes', label: 'search.type.keynote' },
    drafts: false,
    scaffold: {
      blank: ({ locale }) => ({
        title: todo('title'),
        summary: todo('two sentences for the catalogue card'),
        topics: [PLACEHOLDER],
        formats: ['keynote'],
        lengths: [
          { minutes: 30, qa: 10 },
          { minutes: 45, qa: 15 },
        ],
        delivery: ['in-person', 'virtual'],
        languages: [locale],
        featured: false,
        takeaways: [todo('what the audience leaves with, one per line')],
      }),
      translated: (source) => ({
        ...source,
        title: translate(source.title),
        summary: translate(source.summary),
        ...translatedCover(source.cover),
        ...(source.audience ? { audience: translate(source.audience) } : {}),
        ...(Array.isArray(source.takeaways) ? { takeaways: source.takeaways.map(translate) } : {}),
        ...(source.customisable ? { customisable: translate(source.customisable) } : {}),
      }),
      hints: [
        `formats: any of ${KEYNOTE_FORMATS.join(', ')}; lengths: each { minutes, qa? } it can be booked at; delivery: any of ${DELIVERY_MODES.join(', ')}; languages it can be delivered in.`,
        'Optional: reel: { file: /videos/reel.mp4, poster: reel.jpg } or { url: https://…, poster: reel.jpg, title: … }; customisable: how it can be adapted.',
      ],
      body: WRITE_THE_TEXT,
    },
  },
  /**
   * What people who saw a talk said, in the language of their locale folder. Shown on the
   * keynote pages it is about and the catalogue; no pages of its own, and not translated.
   */
  testimonials: {
    id: 'testimonial',
    schema: testimonialSchema,
    pages: false,
    drafts: false,
  },
  /**
   * The press kit's text, one file per locale (`content/press/<locale>/press-kit.mdx`): bios,
   * the host's introduction, booking steps. Shown only on `/<locale>/press/`; the body is not shown.
   */
  press: {
    id: 'press-kit',
    schema: pressSchema,
    pages: false,
    drafts: false,
  },
} as const satisfies Record<string, KindSpec>;

type Kinds = typeof contentKinds;

/** A collection name, which is also its folder: `'articles' | 'quizzes' | 'keynotes' | 'testimonials'`. */
export type CollectionKind = keyof Kinds;

/** The kinds that have pages of their own. */
export type PagedKind = {
  [K in CollectionKind]: Kinds[K]['pages'] extends false ? never : K;
}[CollectionKind];

/** The one-word id of a kind: `'article' | 'quiz' | 'keynote'`. */
export type KindId<K extends CollectionKind = CollectionKind> = Kinds[K]['id'];

/** Every kind, in the order the content check reads them. */
export const collectionKinds = Object.keys(contentKinds) as CollectionKind[];

/** A kind's entry as the general shape, for code that treats all kinds alike. */
export function specOf(kind: CollectionKind): KindSpec {
  return contentKinds[kind];
}

/** Narrows a piece to the kinds with pages, which alone have URLs. */
export function hasPages<T extends { kind: CollectionKind }>(
  item: T,
): item is T & { kind: PagedKind } {
  return specOf(item.kind).pages !== false;
}

/** The kinds with pages, for lists readers see (the search type filter), in the order of their ids. */
export const pagedKinds = collectionKinds
  .filter((kind) => hasPages({ kind }))
  .sort((a, b) => contentKinds[a].id.localeCompare(contentKinds[b].id)) as PagedKind[];

/** Whether a checked or loaded piece is a draft (only kinds with `drafts` have them). */
export function isDraft(kind: CollectionKind, data: unknown): boolean {
  return specOf(kind).drafts && (data as { draft?: unknown }).draft === true;
}

/**
 * The kind a one-word id names, if any.
 * @example kindOfId('quiz') // 'quizzes'
 */
export function kindOfId(id: string): CollectionKind | undefined {
  return collectionKinds.find((kind) => contentKinds[kind].id === id);
}
