/**
 * What the grader looks for in a reply, built from the locale dictionaries: the
 * name line's label comes from the same `quiz.bodyName` string the quiz page
 * writes into the email, question headings (`Frage 3`, `第3题`) from
 * `quiz.questionHeadings`, and the words that tell a reply's language from
 * `grader.replyWords`. Adding a locale's dictionary is all a new language needs.
 * Pure: takes the dictionaries, so tests can pass a fixture locale.
 */

/** The strings read from each locale's dictionary (missing keys are skipped). */
export type ReplyDictionary = Partial<
  Record<'quiz.bodyName' | 'quiz.questionHeadings' | 'grader.replyWords', string>
>;

export interface ReplyPatterns {
  /** `Name: Anna`, `姓名：王芳`: group 1 is the name. */
  nameLine: RegExp;
  /** Optional words before a question number (`Frage `, `第`), as a regex source. */
  prefix: string;
  /** Optional words after a question number (`题`), as a regex source. */
  suffix: string;
  /** Each locale's reply words, for telling which language a reply is written in. */
  languageWords: Record<string, RegExp | undefined>;
  /**
   * The writing systems other than Latin that each locale's reply words use (Han for zh), for a
   * reply with none of the words: a name written in Han still says zh.
   */
  scripts: Record<string, RegExp[]>;
}

/** Writing systems told apart when no reply word decides the language. */
const SCRIPTS = [
  /\p{Script=Han}/u,
  /\p{Script=Hiragana}/u,
  /\p{Script=Katakana}/u,
  /\p{Script=Hangul}/u,
  /\p{Script=Cyrillic}/u,
  /\p{Script=Greek}/u,
  /\p{Script=Arabic}/u,
  /\p{Script=Hebrew}/u,
  /\p{Script=Thai}/u,
  /\p{Script=Devanagari}/u,
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternatives longest first, so `question` is tried before `q`; trailing dots optional (`Nr.`). */
function alternation(words: Iterable<string>): string {
  const unique = [...new Set([...words].map((w) => w.trim().toLowerCase()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length);
  return unique
    .map((w) => escape(w.replace(/\.$/u, '')) + (w.endsWith('.') ? '\\.?' : ''))
    .join('|');
}

const list = (value: string | undefined) => (value ?? '').split(/[,，]/u).map((w) => w.trim());

/** Scripts written without spaces between words: their words are found inside text, not between word boundaries. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * The grader's patterns for every locale in `dictionaries` together: a reply is
 * read the same whichever translation of the quiz it answers.
 * @example replyPatterns({ fr: { 'quiz.bodyName': 'Nom : {{name}}' } }).nameLine.exec('Nom : Marie')?.[1] // 'Marie'
 */
export function replyPatterns(dictionaries: Record<string, ReplyDictionary>): ReplyPatterns {
  const labels: string[] = [];
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  const languageWords: Record<string, RegExp | undefined> = {};
  const scripts: Record<string, RegExp[]> = {};
  for (const [locale, dictionary] of Object.entries(dictionaries)) {
    const name = dictionary['quiz.bodyName']?.split('{{name}}')[0];
    if (name) labels.push(name.normalize('NFKC').replace(/[\s:]+$/u, ''));
    for (const heading of list(dictionary['quiz.questionHeadings'])) {
      const [before, after] = heading.normalize('NFKC').split('{{n}}');
      if (before?.trim()) prefixes.push(before);
      if (after?.trim()) suffixes.push(after);
    }
    const words = list(dictionary['grader.replyWords']).filter(Boolean);
    scripts[locale] = SCRIPTS.filter((script) => words.some((w) => script.test(w)));
    languageWords[locale] = words.length
      ? new RegExp(
          words
            .map((w) =>
              UNSPACED.test(w) ? escape(w) : String.raw`(?<!\p{L})${escape(w)}(?!\p{L})`,
            )
            .join('|'),
          'giu',
        )
      : undefined;
  }
  const group = (words: string[]) => (words.length ? `(?:${alternation(words)})` : '(?!)');
  return {
    nameLine: new RegExp(String.raw`^${group(labels)}\s*:\s*(.+)$`, 'iu'),
    prefix: group(prefixes),
    suffix: group(suffixes),
    languageWords,
    scripts,
  };
}

/** How many different reply words of a language `text` contains. */
export function languageScore(patterns: ReplyPatterns, locale: string, text: string): number {
  const words = patterns.languageWords[locale];
  if (!words) return 0;
  return new Set([...text.matchAll(words)].map((m) => m[0].toLowerCase())).size;
}
