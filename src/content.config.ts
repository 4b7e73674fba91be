/**
 * Astro content collections over the folders of the authoring contract.
 * Ids are `<locale>/<name>` taken from the file path (never from `slug:`),
 * and the schemas are the same ones the content check applies beforehand.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { entryIdFromPath } from './lib/content-paths';
import { contentRoot } from './lib/content-root';
import { articleSchema, topicsFileSchema } from './lib/schemas';

const root = contentRoot();

const articles = defineCollection({
  loader: glob({ base: `${root}/articles`, pattern: '*/*.mdx', generateId: entryIdFromPath }),
  schema: articleSchema,
});

const topics = defineCollection({
  loader: file(`${root}/topics.yaml`),
  schema: topicsFileSchema.valueSchema,
});

export const collections = { articles, topics };
