/**
 * npm run new -- <article|keynote|quiz> <name> [--locale de] [--from en]
 * Writes a new content file with valid frontmatter and TODO placeholders
 * (and a quiz's answer key), or a translation of an existing piece with
 * --from. Never overwrites. Logic: src/lib/scaffold.ts, src/lib/new-content.ts.
 */
import { runCli, UsageError, UserError } from '~/lib/cli';
import { contentRoot } from '~/lib/content-root';
import { createContent } from '~/lib/new-content';
import { newKinds } from '~/lib/scaffold';
import { defaultLocale, isLocale, localeKeys, type Locale } from '~/site.config';

const KINDS = newKinds;
const LOCALES = localeKeys.join('|');
const USAGE = `Usage: npm run new -- <${KINDS.join('|')}> <name> [--locale ${LOCALES}] [--from ${LOCALES}]

  <kind>             what to write: ${KINDS.join(', ')}
  <name>             the file name: lowercase letters, digits and hyphens, e.g. hold-music
  --locale <locale>  the language to write in (default: ${defaultLocale})
  --from <locale>    translate the piece of that name from this language, copying its structure`;

function locale(option: string, value: string): Locale {
  if (!isLocale(value))
    throw new UsageError(`${option} "${value}" is not configured (${localeKeys.join(', ')}).`);
  return value;
}

await runCli({
  name: 'new',
  usage: USAGE,
  problems:
    'the file already exists, the source of a translation does not, or the name is not valid',
  options: { locale: { type: 'string' }, from: { type: 'string' } },
  positionals: 2,
  main({ values, positionals: [kind, name] }) {
    if (!kind || !name) throw new UsageError('give a kind and a name.');
    if (!KINDS.includes(kind))
      throw new UsageError(`"${kind}" is not a kind of content (use ${KINDS.join(', ')}).`);
    const to = locale('--locale', values.locale ?? defaultLocale);
    const from = values.from === undefined ? undefined : locale('--from', values.from);
    const result = createContent({
      kind,
      name,
      locale: to,
      from,
      contentDir: contentRoot(),
    });
    if (!result.ok) throw new UserError(result.problem);
    for (const file of result.written) console.log(`Wrote ${file}`);
    console.log('Replace every TODO; until then the build stops and names each one.');
    if (!from && result.alsoIn.length)
      console.log(
        `Note: ${name} also exists in ${result.alsoIn.join(', ')}; "--from ${result.alsoIn[0]}" would have copied its structure (delete this file and run again to get that).`,
      );
  },
});
