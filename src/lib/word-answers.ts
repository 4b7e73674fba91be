/**
 * Answers written in words: "answer one is b", "the answer to question 3 is c", "Antwort eins
 * ist b", "bei Frage zwei b", "第一题选B", "一、B", "问题二 答案是 d". Every word comes from the
 * locale dictionaries (number words, answer words, link words and question headings, see
 * reply-patterns.ts), so a new language needs no edit here. A line is read only when nothing but
 * those words, one question and one letter is on it; a line that names a question and gives a
 * letter in any other way ("answer one is b or c") is reported, never guessed.
 */
import type { ReplyPatterns } from './reply-patterns';

export interface WordAnswer {
  question: number;
  value: string;
  text: string;
}

export interface WordAttempt {
  question: number;
  reason: string;
  /** Other words stand around the letters: a remark about the question rather than an answer. */
  prose: boolean;
}

interface WordRegexes {
  /** A whole line: link and answer words, one question, link and answer words, one letter. */
  line: RegExp;
  /** A question: heading words around a number (`Frage zwei`, `第一题`) or a number alone. */
  question: RegExp;
  /** An answer word anywhere in a line. */
  answerWord: RegExp;
  filler: RegExp;
  fillerBefore: RegExp;
  fillerAfter: RegExp;
}

/** Punctuation between the parts of an answer in words; `?` and brackets say "unsure", so never. */
const GAP = String.raw`[\s,.:：;、=\-–—]*`;
/** What may follow a question number directly: `one:`, `一、`, `2)`. */
const AFTER_NUMBER = String.raw`[.):：、=\-–—]`;
/** One letter standing alone (Han characters around it are fine: `选B`). */
const LETTER = String.raw`(?<![\p{Script=Latin}\d])[a-z](?![\p{Script=Latin}\d])`;

const cache = new WeakMap<ReplyPatterns, WordRegexes>();

function regexes(patterns: ReplyPatterns): WordRegexes {
  let built = cache.get(patterns);
  if (!built) {
    const filler = `(?:${patterns.answerWord}|${patterns.linkWord})`;
    const question = String.raw`(?:${patterns.prefix}\s*)?(${patterns.number})(?:\s*${patterns.suffix})?`;
    built = {
      line: new RegExp(
        String.raw`^${GAP}(?:${filler}${GAP})*(${question})(?:${AFTER_NUMBER})?${GAP}(?:${filler}${GAP})*(${LETTER})[\s.!]*$`,
        'iu',
      ),
      question: new RegExp(question, 'giu'),
      answerWord: new RegExp(patterns.answerWord, 'iu'),
      filler: new RegExp(filler, 'giu'),
      fillerBefore: new RegExp(`${filler}${GAP}$`, 'iu'),
      fillerAfter: new RegExp(`^${GAP}${filler}`, 'iu'),
    };
    cache.set(patterns, built);
  }
  return built;
}

/** The question a number (`3`, `three`, `三`) names. */
function questionOf(patterns: ReplyPatterns, number: string): number {
  return /^\d+$/u.test(number) ? Number(number) : patterns.numberWords.get(number.toLowerCase())!;
}

/** Prepared for matching: NFKC (full-width letters and digits), lower case. */
const prepare = (line: string) => line.normalize('NFKC').toLowerCase();

/** One answer in words, if the whole of `text` is one (see the module comment). */
function one(text: string, patterns: ReplyPatterns): WordAnswer | undefined {
  const { line, answerWord } = regexes(patterns);
  const match = line.exec(text);
  if (!match) return undefined;
  const [, reference, number, letter] = match as unknown as [string, string, string, string];
  // "the one is a": small words and a bare number word are not enough to call it an answer.
  const named =
    reference.trim() !== number ||
    answerWord.test(text) ||
    new RegExp(`^${GAP}${escapeSource(number)}\\s*${AFTER_NUMBER}`, 'iu').test(text);
  if (!named) return undefined;
  return { question: questionOf(patterns, number), value: letter, text: text.trim() };
}

const escapeSource = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The answers on a line written in words, one or several separated by `,` or `;`
 * (`第一题选B，第二题选C`); undefined unless all of the line reads so.
 * @example wordAnswers('Antwort eins ist b', patterns) // [{ question: 1, value: 'b', … }]
 */
export function wordAnswers(line: string, patterns: ReplyPatterns): WordAnswer[] | undefined {
  const text = prepare(line);
  if (text.length > 200) return undefined;
  const whole = one(text, patterns);
  if (whole) return [{ ...whole, text: line.trim() }];
  const pieces = text.split(/[,;，；]/u).filter((p) => p.trim());
  if (pieces.length < 2) return undefined;
  const answers = pieces.map((p) => one(p, patterns));
  return answers.every((a) => a !== undefined) ? answers : undefined;
}

/**
 * A line that names a question in words and gives letters after it, but not as one clean answer
 * ("answer one is b or c", "I think one is b, maybe c", "第一题选B或C"): it must be read by a
 * person. A bare number word counts only next to an answer or link word (`one is`), so "one more
 * thing" is no question.
 */
export function wordAttempt(
  line: string,
  patterns: ReplyPatterns,
  letters: ReadonlySet<string>,
): WordAttempt | undefined {
  const text = prepare(line);
  if (text.length > 200) return undefined;
  const { question, filler, fillerBefore, fillerAfter } = regexes(patterns);
  for (const match of text.matchAll(question)) {
    const [reference, number] = match as unknown as [string, string];
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + reference.length);
    const named =
      reference.trim() !== number ||
      fillerBefore.test(before) ||
      fillerAfter.test(after) ||
      (before.trim() === '' && new RegExp(`^\\s*${AFTER_NUMBER}`, 'u').test(after));
    if (!named) continue;
    const given = [...after.matchAll(new RegExp(LETTER, 'giu'))]
      .map((m) => m[0])
      .filter((l) => letters.has(l));
    if (given.length === 0) continue;
    const rest = `${before} ${after}`.replace(filler, ' ').replace(new RegExp(LETTER, 'giu'), ' ');
    return {
      question: questionOf(patterns, number),
      reason: new Set(given).size > 1 ? 'more than one letter' : 'not exactly one option letter',
      prose: /\p{L}{3,}|\p{Script=Han}{2,}/u.test(rest),
    };
  }
  return undefined;
}
