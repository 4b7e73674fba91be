/**
 * Grading a quiz reply as people actually write it: `1. a`, `1) A`, `1 - b`,
 * `1: c`, `Q1 d`, `1.a`, `1、a`, `Frage 1: c`, `第1题 a`, full-width letters,
 * several answers on one line (`1a 2d 3c`), greetings and signatures around
 * them, answers after a prefix (`meine Antworten: 1. c, 2. a`), tables
 * (`1 | c`), answers in words (`answer one is b`, `Antwort eins ist b`, `第一题选B`,
 * see word-answers.ts). Quoted history, the author's own earlier graded reply and
 * signatures are cut first (see reply-text.ts).
 * Anything that is not exactly one option letter (`1. a-b`, `2. a (b?)`,
 * `5. A guess`) is listed as unreadable and never guessed. Pure: the CLI
 * (scripts/grade-quiz.ts) reads the files and prints.
 */
import { localeKeys, type Locale } from '~/site.config';
import type { ContentReport } from './content-check';
import type { Translate } from './i18n';
import { ownText } from './reply-text';
import { languageScore, replyPatterns, type ReplyPatterns } from './reply-patterns';
import { wordAnswers, wordAttempt } from './word-answers';
import { dictionaries } from '~/i18n/dictionaries';
import type { QuizData } from './schemas';

export interface GradingQuiz {
  name: string;
  title: string;
  /** Option letters of each question, in order: [['a','b','c','d'], …]. */
  options: string[][];
}

export type AnswerKey = Record<number, string>;

export interface Unreadable {
  question?: number;
  text: string;
  reason: string;
}

export interface ParsedReply {
  /** Question number → the one letter given. */
  answers: Map<number, string>;
  /** Questions deliberately left open (`N. -` or `N. ?`). */
  blank: Set<number>;
  unreadable: Unreadable[];
  /** The taker's name, when the message has a `Name:` line. */
  name?: string;
  /** Where quoted history or a signature began (everything from there on was ignored). */
  cutAt?: string;
}

/** The grader's vocabulary from every configured locale's dictionary (see reply-patterns.ts). */
export const localePatterns: ReplyPatterns = replyPatterns(dictionaries);

interface AnswerPatterns {
  /** One answer: number, optional separator, one letter (or - / ? for "no answer") not followed by another letter or digit. */
  token: RegExp;
  /** A line that starts with a question number: whatever follows it is that question's answer. */
  numbered: RegExp;
}

const answerPatternCache = new WeakMap<ReplyPatterns, AnswerPatterns>();

/** `Frage 3: c`, `第3题 a`, `Q3 b` with the question words of every locale in `patterns`. */
function answerPatterns(patterns: ReplyPatterns): AnswerPatterns {
  let built = answerPatternCache.get(patterns);
  if (!built) {
    const prefix = String.raw`${patterns.prefix}?\s*`;
    const number = String.raw`(\d{1,2})\s*${patterns.suffix}?`;
    const separator = String.raw`\s*(?:[.):、|\-–—]\s*)?`;
    built = {
      token: new RegExp(
        String.raw`(?<![\p{L}\d])${prefix}${number}${separator}([a-z]|-|\?)(?![\p{L}\d])`,
        'giu',
      ),
      numbered: new RegExp(
        String.raw`^(?:${patterns.prefix}\s*${number}\s*[.):、|\-–—]?|${number}\s*[.):、|\-–—])\s*(.*)$`,
        'iu',
      ),
    };
    answerPatternCache.set(patterns, built);
  }
  return built;
}
/** Only tokens and the punctuation between them: the line is a list of answers. */
const ONLY_TOKENS = /^[\s,;.|/]*$/u;

/** Full-width letters and digits become ASCII (NFKC); bullets and list dashes at the start are dropped. */
function normalise(line: string): string {
  return line
    .normalize('NFKC')
    .replace(/^\s*[•*·|]\s*/, '')
    .trim();
}

interface Candidate {
  question: number;
  value: string;
  text: string;
}

/** `Q1 a, 2 b` as answers, or undefined when anything but answers and punctuation is left over. */
function tokensOf(text: string, { token }: AnswerPatterns): Candidate[] | undefined {
  const tokens = [...text.matchAll(token)];
  if (tokens.length === 0 || !ONLY_TOKENS.test(text.replace(token, ''))) return undefined;
  return tokens.map((m) => ({
    question: Number(m[1]),
    value: m[2]!.toLowerCase(),
    text: m[0].trim(),
  }));
}

/** Words in an unreadable answer that make it prose or an address (`C Wing`, `A guess`), not an attempt like `a or b`. */
function isProse(answer: string): boolean {
  return /\p{L}{3,}/u.test(answer.replace(/\b(?:oder|and|und)\b/giu, ''));
}

type Found =
  | Candidate[]
  | {
      unreadable: Unreadable;
      prose: boolean;
      /** A remark in words about a question (not an answer attempt): dropped when the question is answered. */
      quiet?: boolean;
    }
  | undefined;

/** `original` is the line as written, for the author to see in notes. */
function candidatesOf(
  line: string,
  original: string,
  replyPatterns: ReplyPatterns,
  optionLetters: ReadonlySet<string>,
): Found {
  const patterns = answerPatterns(replyPatterns);
  const whole = tokensOf(line, patterns);
  if (whole) return whole;
  // "meine Antworten: 1. c, 2. a, 3. d" — answers on one line after a prefix
  for (const colon of line.matchAll(/[:：]/gu)) {
    const after = tokensOf(line.slice(colon.index + 1), patterns);
    if (after && !/\d/u.test(line.slice(0, colon.index))) return after;
  }
  const inWords = wordAnswers(line, replyPatterns);
  if (inWords) return inWords.map((a) => ({ ...a, text: inWords.length > 1 ? a.text : original }));
  const numbered = patterns.numbered.exec(line);
  if (!numbered) {
    const attempt = wordAttempt(line, replyPatterns, optionLetters);
    if (!attempt) return undefined;
    const { question, reason, prose } = attempt;
    return { unreadable: { question, text: original, reason }, prose, quiet: prose };
  }
  const question = Number(numbered[1] ?? numbered[2]);
  const answer = numbered[3]!.trim();
  if (answer === '' || answer === '-' || answer === '?')
    return [{ question, value: '-', text: original }];
  if (!/^[a-z]/iu.test(answer)) return undefined; // "12.3.2025", "3 questions were hard": not an answer line
  const single = /^([a-z])[\s.,;:!|]*$/iu.exec(answer);
  if (single) return [{ question, value: single[1]!.toLowerCase(), text: original }];
  const prose = isProse(answer);
  const letters = answer.match(/(?<!\p{L})\p{L}(?!\p{L})/gu) ?? [];
  const reason =
    !prose && letters.length > 1 ? 'more than one letter' : 'not exactly one option letter';
  return { unreadable: { question, text: original, reason }, prose };
}

/**
 * Reads every answer in a reply.
 * @example parseReply('Hi!\n1. a\n2) B\n> 3. c\nBest, Anna', quiz).answers // Map { 1 => 'a', 2 => 'b' }
 */
export function parseReply(
  text: string,
  quiz: GradingQuiz,
  /** The locales' vocabulary; tests pass a fixture locale's. */
  patterns: ReplyPatterns = localePatterns,
): ParsedReply {
  const optionLetters = new Set(quiz.options.flat());
  const total = quiz.options.length;
  const seen = new Map<number, { value: string; text: string }[]>();
  const unreadable: Unreadable[] = [];
  /** Prose after a question number (`2 - C Wing`): unreadable only if the question has no clean answer. */
  const prose: (Unreadable & { quiet?: boolean })[] = [];
  let name: string | undefined;
  const own = ownText(text, patterns);

  for (const raw of own.text.split('\n')) {
    const line = normalise(raw);
    if (!line || line.includes(quiz.name)) continue; // the line naming the quiz
    const nameLine = patterns.nameLine.exec(line);
    if (nameLine) {
      name ??= nameLine[1]!.trim();
      continue;
    }
    const found = candidatesOf(line, raw.trim(), patterns, optionLetters);
    if (!found) continue;
    if ('unreadable' in found) {
      if (found.prose) prose.push({ ...found.unreadable, quiet: found.quiet });
      else unreadable.push(found.unreadable);
      continue;
    }
    for (const candidate of found) {
      if (candidate.question < 1 || candidate.question > total) {
        unreadable.push({
          text: candidate.text,
          reason: `there is no question ${candidate.question} (the quiz has ${total})`,
        });
        continue;
      }
      seen.set(candidate.question, [...(seen.get(candidate.question) ?? []), candidate]);
    }
  }

  const answers = new Map<number, string>();
  const blank = new Set<number>();
  for (const [question, given] of [...seen].sort((a, b) => a[0] - b[0])) {
    const letters = [...new Set(given.map((g) => g.value).filter((v) => v !== '-' && v !== '?'))];
    const options = quiz.options[question - 1]!;
    if (letters.length === 0) blank.add(question);
    else if (letters.length > 1)
      unreadable.push({
        question,
        text: given.map((g) => g.text).join(' / '),
        reason: `answered twice (${letters.join(' and ')})`,
      });
    else if (!options.includes(letters[0]!))
      unreadable.push({
        question,
        text: given[0]!.text,
        reason: `"${letters[0]}" is not one of its options (${options.join(', ')})`,
      });
    else answers.set(question, letters[0]!);
  }
  for (const { quiet, ...line } of prose) {
    if (line.question! < 1 || line.question! > total) {
      unreadable.push({ text: line.text, reason: 'not an answer' });
      continue;
    }
    const answered =
      seen.has(line.question!) || unreadable.some((u) => u.question === line.question);
    if (answered && quiet) continue;
    unreadable.push(
      answered
        ? { text: line.text, reason: `not an answer (question ${line.question} is answered above)` }
        : line,
    );
  }
  return { answers, blank, unreadable, name, ...(own.cutAt ? { cutAt: own.cutAt } : {}) };
}

/**
 * Why a reply cannot be graded at all (nothing in it reads as an answer), so
 * the author is told instead of sending a "no answer" ×10 draft; undefined
 * when there is something to grade.
 */
export function whyNoAnswers(reply: ParsedReply): string | undefined {
  const attempted = reply.unreadable.some((u) => u.question !== undefined);
  if (reply.answers.size || reply.blank.size || attempted) return undefined;
  const ignored = reply.cutAt
    ? ` (everything from "${reply.cutAt}" on was ignored as quoted history, an earlier graded reply or a signature)`
    : '';
  return `No answers in this email: nothing that looks like answers such as "1. a" in what the taker wrote${ignored}.`;
}

export interface QuestionResult {
  question: number;
  given?: string;
  correct: string;
  status: 'right' | 'wrong' | 'unanswered' | 'unreadable';
  note?: string;
}

export interface Grade {
  score: number;
  total: number;
  results: QuestionResult[];
}

export function grade(quiz: GradingQuiz, key: AnswerKey, reply: ParsedReply): Grade {
  const results = quiz.options.map((_, i): QuestionResult => {
    const question = i + 1;
    const correct = key[question]!;
    const problem = reply.unreadable.find((u) => u.question === question);
    if (problem)
      return {
        question,
        correct,
        status: 'unreadable',
        note: `${problem.reason}: "${problem.text}"`,
      };
    const given = reply.answers.get(question);
    if (!given) return { question, correct, status: 'unanswered' };
    return { question, given, correct, status: given === correct ? 'right' : 'wrong' };
  });
  return {
    score: results.filter((r) => r.status === 'right').length,
    total: results.length,
    results,
  };
}

export interface LanguageHints<L extends string = Locale> {
  /** Each available translation's quiz title: the one named in the subject or body is the one answered. */
  titles?: Partial<Record<L, string>>;
  /** A language the message declares (`Content-Language: de-CH`), when there is one. */
  declared?: string;
}

const folded = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

/**
 * Which translation the taker answered: the one whose title the subject or
 * body names, else the message's declared language, else the language whose
 * reply words (`grader.replyWords` in its dictionary) the taker used most —
 * another language's words win a tie with the default one's, since "Hi" or
 * "Name" turn up in any language, and umlauts alone never count ("Sam Müller"
 * may write English) — otherwise the first available locale (the default one).
 */
export function detectReplyLocale<L extends string = Locale>(
  text: string,
  available: readonly L[],
  hints: LanguageHints<L> = {},
  patterns: ReplyPatterns = localePatterns,
): L {
  const own = ownText(text, patterns).text;
  for (const body of [own, text]) {
    const named = available.filter((l) => {
      const title = hints.titles?.[l];
      return title !== undefined && folded(body).includes(folded(title));
    });
    if (named.length === 1) return named[0]!;
  }
  const declared = hints.declared?.trim().toLowerCase().split(/[-_]/)[0];
  const match = available.find((l) => l === declared);
  if (match) return match;
  const normalised = own.normalize('NFKC');
  let best = available[0]!;
  let bestScore = 0;
  for (const locale of available) {
    const score = languageScore(patterns, locale, normalised);
    const beatsDefault = best === available[0] && locale !== available[0] && score > 0;
    if (score > bestScore || (score === bestScore && beatsDefault)) {
      best = locale;
      bestScore = score;
    }
  }
  if (bestScore > 0) return best;
  // No reply word at all: a writing system only one locale uses (a name in Han) still decides.
  const byScript = available.filter((l) =>
    (patterns.scripts[l] ?? []).some((script) => script.test(normalised)),
  );
  return byScript.length === 1 ? byScript[0]! : best;
}

/** Author's view: one line per question and the score line `score: X/N`. */
export function formatReport(
  quiz: GradingQuiz,
  locale: Locale,
  graded: Grade,
  reply: ParsedReply,
): string {
  const lines = [
    `Quiz: ${quiz.name} — "${quiz.title}" (reply language: ${locale})`,
    `score: ${graded.score}/${graded.total}`,
    '',
  ];
  for (const r of graded.results) {
    const given = (r.given ?? (r.status === 'unreadable' ? '?' : '-')).padEnd(2);
    const detail =
      r.status === 'right'
        ? 'right'
        : r.status === 'wrong'
          ? `wrong (correct: ${r.correct})`
          : r.status === 'unanswered'
            ? `unanswered (correct: ${r.correct})`
            : `unreadable, ${r.note} (correct: ${r.correct})`;
    lines.push(`${String(r.question).padStart(3)}. ${given} ${detail}`);
  }
  const stray = reply.unreadable.filter((u) => u.question === undefined);
  if (stray.length)
    lines.push('', 'Not read as answers:', ...stray.map((u) => `  "${u.text}": ${u.reason}`));
  return lines.join('\n');
}

/** A reply the author can send as it is, in the quiz's language. */
export function replyDraft(
  t: Translate,
  quiz: GradingQuiz,
  graded: Grade,
  author: string,
  name?: string,
): string {
  const lines = [
    name ? t('grader.greeting', { name }) : t('grader.greetingNoName'),
    '',
    t('grader.thanks', { title: quiz.title }),
    t('grader.score', { score: graded.score, total: graded.total }),
    '',
  ];
  for (const r of graded.results) {
    const key = {
      right: 'grader.right',
      wrong: 'grader.wrong',
      unanswered: 'grader.unanswered',
      unreadable: 'grader.unreadable',
    }[r.status] as 'grader.right';
    lines.push(t(key, { n: r.question, given: r.given ?? '', correct: r.correct }));
  }
  lines.push('', t('grader.closing'), '', t('grader.signoff'), author);
  return lines.join('\n');
}

export interface GradedReply {
  quiz: GradingQuiz;
  /** The language the reply is answered in. */
  locale: Locale;
  reply: ParsedReply;
  graded: Grade;
}

/**
 * Grades `text` against the quiz called `name` in checked content: picks the
 * quiz version in `locale`, or else in the language the reply is written in.
 * Returns why it cannot (no such quiz, an empty email) instead of guessing.
 */
export function gradeReply(
  content: Pick<ContentReport, 'entries' | 'answerKeys'>,
  name: string,
  text: string,
  locale?: Locale,
  declaredLanguage?: string,
  /** The email's subject: a quiz title there names the translation the taker answered. */
  subject?: string,
): { ok: true; result: GradedReply } | { ok: false; problem: string } {
  const quizzes = content.entries.filter((e) => e.kind === 'quizzes');
  const versions = quizzes.filter((e) => e.name === name);
  if (versions.length === 0) {
    const known = [...new Set(quizzes.map((e) => e.name))].sort();
    return {
      ok: false,
      problem: `No quiz named "${name}". Known quizzes: ${known.join(', ') || '(none)'}`,
    };
  }
  if (!text.trim()) return { ok: false, problem: 'The email is empty: nothing to grade.' };
  const available = localeKeys.filter((l) => versions.some((v) => v.locale === l));
  const titles = Object.fromEntries(
    versions.map((v) => [v.locale, (v.data as QuizData).title]),
  ) as LanguageHints['titles'];
  const chosen =
    locale && available.includes(locale)
      ? locale
      : detectReplyLocale(subject ? `${subject}\n${text}` : text, available, {
          titles,
          declared: declaredLanguage,
        });
  const data = versions.find((v) => v.locale === chosen)!.data as QuizData;
  const quiz: GradingQuiz = {
    name,
    title: data.title,
    options: data.questions.map((q) => Object.keys(q.options)),
  };
  const reply = parseReply(text, quiz);
  const nothing = whyNoAnswers(reply);
  if (nothing) return { ok: false, problem: nothing };
  return {
    ok: true,
    result: { quiz, locale: chosen, reply, graded: grade(quiz, content.answerKeys[name]!, reply) },
  };
}
