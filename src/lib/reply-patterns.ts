/**
 * What the grader looks for in a reply, built from the locale dictionaries: the
 * name line's label comes from the same `quiz.bodyName` string the quiz page
 * writes into the email, question headings (`Frage 3`, `第3题`) from
 * `quiz.questionHeadings`, the words that tell a reply's language from
 * `grader.replyWords`, answers in words (`answer one is b`, `第一题选B`) from
 * `grader.numberWords`, `grader.answerWords` and `grader.linkWords`, and the
 * author's own earlier graded reply (quoted below a retake) from the reply
 * draft's `grader.*` lines. Adding a locale's dictionary is all a new language needs.
 * Pure: takes the dictionaries, so tests can pass a fixture locale.
 */

/** Lines of the reply draft that only the author's graded reply contains. */
const DRAFT_KEYS = [
  'grader.thanks',
  'grader.score',
  'grader.right',
  'grader.wrong',
  'grader.unanswered',
  'grader.unreadable',
] as const;
const GREETING_KEYS = ['grader.greeting', 'grader.greetingNoName'] as const;

/** The strings read from each locale's dictionary (missing keys are skipped). */
export type ReplyDictionary = Partial<
  Record<
    | 'quiz.bodyName'
    | 'quiz.questionHeadings'
    | 'grader.replyWords'
    | 'grader.numberWords'
    | 'grader.answerWords'
    | 'grader.linkWords'
    | (typeof DRAFT_KEYS)[number]
    | (typeof GREETING_KEYS)[number],
    string
  >
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
  /** Number words (`two`, `zwei`, `二`), lower case, → 1…10. */
  numberWords: Map<string, number>;
  /** A question number as a digit or a number word, as a regex source. */
  number: string;
  /** Words that say a line gives an answer (`answer`, `Antwort`, `选`), as a regex source. */
  answerWord: string;
  /** Small words allowed around an answer in words (`is`, `bei`, `是`), as a regex source. */
  linkWord: string;
  /** Lines only the author's graded reply has: the thanks, the score, one line per question. */
  draftLines: RegExp[];
  /** The draft's greeting (`Hello Sam,`): where the draft starts when it stands above those lines. */
  draftGreetings: RegExp[];
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

/** A word as a whole word, or anywhere in text for scripts written without spaces; `'` matches ’. */
function bounded(word: string): string {
  const source = escape(word).replace(/'/gu, "['’]");
  return UNSPACED.test(word) ? source : String.raw`(?<!\p{L})${source}(?!\p{L})`;
}

/** Words (NFKC, lower case), longest first, each {@link bounded}; a group that never matches for none. */
function wordGroup(words: Iterable<string>): string {
  const unique = [...new Set([...words].map((w) => w.normalize('NFKC').toLowerCase()))];
  const sorted = unique.filter(Boolean).sort((a, b) => b.length - a.length);
  return sorted.length ? `(?:${sorted.map(bounded).join('|')})` : '(?!)';
}

/**
 * A draft line as a pattern: its fixed words as written (any spacing), a number where
 * `{{score}}`, `{{total}}` or `{{n}}` stand, at most one letter for `{{given}}`/`{{correct}}`,
 * anything for the title or name.
 */
function templateLine(template: string): RegExp {
  const source = template
    .normalize('NFKC')
    .trim()
    .split(/(\{\{\w+\}\})/u)
    .map((part) => {
      const slot = /^\{\{(\w+)\}\}$/u.exec(part)?.[1];
      if (slot === undefined) return escape(part).replace(/\s+/gu, String.raw`\s*`);
      if (['score', 'total', 'n'].includes(slot)) return String.raw`\d{1,3}`;
      if (['given', 'correct'].includes(slot)) return '[a-z]?';
      return '.+';
    })
    .join('');
  return new RegExp(`^${source}$`, 'iu');
}

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
  const numberWords = new Map<string, number>();
  const answerWords: string[] = [];
  const linkWords: string[] = [];
  const draftLines: RegExp[] = [];
  const draftGreetings: RegExp[] = [];
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
      ? new RegExp(words.map(bounded).join('|'), 'giu')
      : undefined;
    list(dictionary['grader.numberWords']).forEach((word, i) => {
      if (word) numberWords.set(word.normalize('NFKC').toLowerCase(), i + 1);
    });
    answerWords.push(...list(dictionary['grader.answerWords']));
    linkWords.push(...list(dictionary['grader.linkWords']));
    for (const key of DRAFT_KEYS) {
      const template = dictionary[key];
      if (template) draftLines.push(templateLine(template));
    }
    for (const key of GREETING_KEYS) {
      const template = dictionary[key];
      if (template) draftGreetings.push(templateLine(template));
    }
  }
  // 十一 is not 十 followed by 一: a number word inside a longer number is no number.
  const unspaced = [...numberWords.keys()].filter((w) => UNSPACED.test(w)).map(escape);
  const around = unspaced.length
    ? [`(?<!${unspaced.join('|')})`, `(?!${unspaced.join('|')})`]
    : ['', ''];
  const group = (words: string[]) => (words.length ? `(?:${alternation(words)})` : '(?!)');
  return {
    nameLine: new RegExp(String.raw`^${group(labels)}\s*:\s*(.+)$`, 'iu'),
    prefix: group(prefixes),
    suffix: group(suffixes),
    languageWords,
    scripts,
    numberWords,
    number: String.raw`(?:(?<!\d)\d{1,2}(?!\d)|${around[0]}${wordGroup(numberWords.keys())}${around[1]})`,
    answerWord: wordGroup(answerWords),
    linkWord: wordGroup(linkWords),
    draftLines,
    draftGreetings,
  };
}

/** How many different reply words of a language `text` contains. */
export function languageScore(patterns: ReplyPatterns, locale: string, text: string): number {
  const words = patterns.languageWords[locale];
  if (!words) return 0;
  return new Set([...text.matchAll(words)].map((m) => m[0].toLowerCase())).size;
}
