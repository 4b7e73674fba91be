/**
 * Astro content collections over the folders of the authoring contract.
 * Ids are `<locale>/<name>` taken from the file path (never from `slug:`),
 * and the schemas are the same ones the content check applies beforehand.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { entryIdFromPath } from './lib/content-paths';
import { contentRoot } from './lib/content-root';
import { articleSchema, keynoteSchema, quizSchema, topicsFileSchema } from './lib/schemas';

const root = contentRoot();

const articles = defineCollection({
  loader: glob({ base: `${root}/articles`, pattern: '*/*.mdx', generateId: entryIdFromPath }),
  schema: articleSchema,
});

/** Quizzes: questions only. Answer keys (content/quiz-answers/) are deliberately not a collection. */
const quizzes = defineCollection({
  loader: glob({ base: `${root}/quizzes`, pattern: '*/*.mdx', generateId: entryIdFromPath }),
  schema: quizSchema,
});

const keynotes = defineCollection({
  loader: glob({ base: `${root}/keynotes`, pattern: '*/*.mdx', generateId: entryIdFromPath }),
  schema: keynoteSchema,
});

const topics = defineCollection({
  loader: file(`${root}/topics.yaml`),
  schema: topicsFileSchema.valueType,
});

export const collections = { articles, quizzes, keynotes, topics };
