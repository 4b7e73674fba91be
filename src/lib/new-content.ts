/**
 * `npm run new` on disk: writes the files scaffold.ts plans (never over an
 * existing one) and says in which other languages a piece of that name
 * already exists, so the author can start a translation with `--from` instead.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localeKeys, type Locale } from '~/site.config';
import { displayPath } from './content-check';
import { isoDay } from './dates';
import { contentFile } from './content-paths';
import { planNewContent, scaffoldKind, type NewContentRequest } from './scaffold';

/** Today's date where the author is (not in UTC), as `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  return isoDay(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

export type NewContentResult =
  | {
      ok: true;
      /** The files written, as the author sees their paths. */
      written: string[];
      /** Other languages that already have a piece of this kind and name. */
      alsoIn: Locale[];
    }
  | { ok: false; problem: string };

/** Plans and writes a new piece (today's date unless `today` is given); nothing is written on a problem. */
export function createContent(
  request: Omit<NewContentRequest, 'today'> & { today?: string },
): NewContentResult {
  const plan = planNewContent({ ...request, today: request.today ?? localToday() });
  if (!plan.ok) return plan;
  for (const { file, text } of plan.files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text, { flag: 'wx' });
  }
  const { name, locale, contentDir } = request;
  const kind = scaffoldKind(request.kind)!;
  return {
    ok: true,
    written: plan.files.map((f) => displayPath(f.file)),
    alsoIn: localeKeys.filter(
      (l) => l !== locale && existsSync(contentFile(contentDir, kind, l, name)),
    ),
  };
}
