/**
 * Astro content collections: one per kind in src/lib/content-kinds.ts, over
 * its folder of the authoring contract, plus the topic labels. Ids are
 * `<locale>/<name>` taken from the file path (never from `slug:`), and the
 * schemas are the same ones the content check applies beforehand.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  collectionKinds,
  specOf,
  type CollectionKind,
  type contentKinds,
} from './lib/content-kinds';
import { entryIdFromPath } from './lib/content-paths';
import { contentRoot } from './lib/content-root';
import { topicsFileSchema } from './lib/schemas';

const root = contentRoot();

/** Typed per kind, so `CollectionEntry<'quizzes'>['data']` is what the quiz schema returns. */
type KindCollections = {
  [K in CollectionKind]: {
    loader: ReturnType<typeof glob>;
    schema: (typeof contentKinds)[K]['schema'];
  };
};

const kindCollections = Object.fromEntries(
  collectionKinds.map((kind) => [
    kind,
    defineCollection({
      loader: glob({ base: `${root}/${kind}`, pattern: '*/*.mdx', generateId: entryIdFromPath }),
      schema: specOf(kind).schema,
    }),
  ]),
) as KindCollections;

const topics = defineCollection({
  loader: file(`${root}/topics.yaml`),
  schema: topicsFileSchema.valueType,
});

export const collections = { ...kindCollections, topics };
