/**
 * npm run new -- <article|keynote|quiz> <name> [--locale de] [--from en]
 * Writes a new content file with valid frontmatter and TODO placeholders
 * (and a quiz's answer key), or a translation of an existing piece with
 * --from. Never overwrites. Logic: src/lib/scaffold.ts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '~/lib/content-check';
import { contentRoot } from '~/lib/content-root';
import { isoDay } from '~/lib/dates';
import { contentFile } from '~/lib/content-paths';
import { newKinds, planNewContent, scaffoldKind } from '~/lib/scaffold';
import { defaultLocale, isLocale, localeKeys } from '~/site.config';

const USAGE = `Usage: npm run new -- <${newKinds.join('|')}> <name> [--locale ${localeKeys.join('|')}] [--from ${localeKeys.join('|')}]`;

function option(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? (args[i + 1] ?? '') : undefined;
}

function main(args: string[]): number {
  const positional = args.filter(
    (arg, i) => !arg.startsWith('--') && !['--locale', '--from'].includes(args[i - 1] ?? ''),
  );
  const [kind, name] = positional;
  const locale = option(args, '--locale') ?? defaultLocale;
  const from = option(args, '--from');
  const collection = kind ? scaffoldKind(kind) : undefined;
  const problem =
    !kind || !name
      ? 'give a kind and a name.'
      : !collection
        ? `"${kind}" is not a kind of content (use ${newKinds.join(', ')}).`
        : !isLocale(locale)
          ? `--locale "${locale}" is not configured (${localeKeys.join(', ')}).`
          : from !== undefined && !isLocale(from)
            ? `--from "${from}" is not configured (${localeKeys.join(', ')}).`
            : undefined;
  if (problem || !collection || !name) {
    console.error(`${problem}\n${USAGE}`);
    return 1;
  }
  const now = new Date();
  const plan = planNewContent({
    kind: kind!,
    name,
    locale: locale as typeof defaultLocale,
    from: from as typeof defaultLocale | undefined,
    today: isoDay(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()))),
    contentDir: contentRoot(),
  });
  if (!plan.ok) {
    console.error(plan.problem);
    return 1;
  }
  for (const { file, text } of plan.files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text, { flag: 'wx' });
    console.log(`Wrote ${displayPath(file)}`);
  }
  console.log('Replace every TODO; until then the build stops and names each one.');
  const others = localeKeys.filter(
    (l) => l !== locale && existsSync(contentFile(contentRoot(), collection, l, name)),
  );
  if (!from && others.length)
    console.log(
      `Note: ${name} also exists in ${others.join(', ')}; "--from ${others[0]}" would have copied its structure (delete this file and run again to get that).`,
    );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
