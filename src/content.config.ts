/**
 * Astro content collections: one per kind in src/lib/content-kinds.ts, over
 * its folder of the authoring contract, plus the topic labels. Ids are
 * `<locale>/<name>` taken from the file path (never from `slug:`), and the
 * schemas are the same ones the content check applies beforehand. Drafts are
 * left out here, before anything is stored.
 */
import { defineCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { file, glob, type Loader } from 'astro/loaders';
import {
  collectionKinds,
  isDraft,
  specOf,
  type CollectionKind,
  type contentKinds,
} from './lib/content-kinds';
import { entryIdFromPath } from './lib/content-paths';
import { contentRoot } from './lib/content-root';
import { ENGAGEMENTS_FILE } from './lib/organiser-checks';
import { engagementSchema, topicsFileSchema } from './lib/schemas';

const root = contentRoot();

/** Typed per kind, so `CollectionEntry<'quizzes'>['data']` is what the quiz schema returns. */
type KindCollections = {
  [K in CollectionKind]: {
    loader: ReturnType<typeof glob>;
    schema: (typeof contentKinds)[K]['schema'];
  };
};

/**
 * A loader that never stores a draft. Whatever the data store holds is bundled into the server
 * chunks of a build (written into OUT_DIR, or into .astro/ when OUT_DIR is outside the project,
 * and left there when the build fails) and cached in CACHE_DIR; filtering drafts only when pages
 * ask for entries would still put their text in those files. Drafts stored by an older build
 * are removed first, because the glob loader keeps a cached entry whose file has not changed.
 */
function withoutDrafts(kind: CollectionKind, loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const { store } = context;
      for (const [id, entry] of store.entries()) if (isDraft(kind, entry.data)) store.delete(id);
      await loader.load({
        ...context,
        store: {
          ...store,
          set: (entry) => {
            if (!isDraft(kind, entry.data)) return store.set(entry);
            store.delete(entry.id);
            return false;
          },
        },
      });
    },
  };
}

const kindCollections = Object.fromEntries(
  collectionKinds.map((kind) => [
    kind,
    defineCollection({
      loader: withoutDrafts(
        kind,
        glob({ base: `${root}/${kind}`, pattern: '*/*.mdx', generateId: entryIdFromPath }),
      ),
      schema: specOf(kind).schema,
    }),
  ]),
) as KindCollections;

const topics = defineCollection({
  loader: file(`${root}/topics.yaml`),
  schema: topicsFileSchema.valueType,
});

/** A data file a site may leave out: without it, the collection is empty (and no error is logged). */
function optionalFile(path: string): Loader {
  const loader = file(path);
  return {
    ...loader,
    load: async (context) => {
      if (existsSync(path)) return loader.load(context);
      context.store.clear();
    },
  };
}

/** Past engagements, each under its id in content/engagements.yaml. */
const engagements = defineCollection({
  loader: optionalFile(`${root}/${ENGAGEMENTS_FILE}`),
  schema: engagementSchema,
});

export const collections = { ...kindCollections, topics, engagements };
