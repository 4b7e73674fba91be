/**
 * The press kit's portrait downloads (src/lib/press-downloads.ts), written into `dist/press/`
 * under stable names: the web and print JPEGs and a zip of both.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { portraitDownloads, pressPortraitSource } from '~/lib/press-downloads';

const TYPES = { jpg: 'image/jpeg', zip: 'application/zip' } as Record<string, string>;

export const getStaticPaths = (async () => {
  const source = pressPortraitSource();
  const files = await portraitDownloads(source);
  // A file shows nothing but the portrait (and the code drawing it, which Astro also watches).
  const portrait = createHash('sha256').update(readFileSync(source)).digest('base64url');
  return [...files.keys()].map((file) => ({
    params: { file: file.slice('/press/'.length) },
    cacheKey: `${portrait}:${file}`,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const files = await portraitDownloads(pressPortraitSource());
  const file = files.get(`/press/${params.file}`)!;
  const type = TYPES[params.file!.split('.').pop()!] ?? 'application/octet-stream';
  return new Response(new Uint8Array(file.body), { headers: { 'Content-Type': type } });
};
