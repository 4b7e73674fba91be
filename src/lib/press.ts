/**
 * The press kit's editable text (`content/press/<locale>/press-kit.mdx`): the speaker's bio in
 * three lengths, the introduction a host reads out, how booking works and, optionally, a reel.
 * The lengths are checked in words so an editor who pastes a 200-word bio into the 50-word slot
 * hears about it before a conference programme prints it.
 */
import { z } from 'astro/zod';
import { reelSchema, textField, typeError } from './schemas';

/** The file every locale's press kit lives in: `content/press/<locale>/press-kit.mdx`. */
export const PRESS_KIT_NAME = 'press-kit';

/** The three bio lengths, in words, and how far a text may stray from them. */
export const BIO_LENGTHS = { bio50: 50, bio100: 100, bio250: 250 } as const;
export type BioField = keyof typeof BIO_LENGTHS;
export const BIO_TOLERANCE = 0.3;

/** Han, kana and Hangul: scripts written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Characters of a CJK text per English-like word (a two-character word is the most common). */
export const CJK_CHARACTERS_PER_WORD = 2;

/**
 * Words in a text as a reader of a programme booklet would count them: runs of letters or
 * digits between spaces, and for Chinese (and Japanese, Korean) one word per two characters,
 * so a 50-word English bio and a 100-character Chinese one count alike. Punctuation is not a word.
 * @example countWords('Morgan Reyes, 20 years') // 4
 * @example countWords('二十年呼叫中心经验') // 4.5
 */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text
    .replace(CJK, ' ')
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  return rest + cjk / CJK_CHARACTERS_PER_WORD;
}

/** The accepted word range for a bio field: ±30 % of its nominal length. */
export function bioRange(field: BioField): { min: number; max: number } {
  const words = BIO_LENGTHS[field];
  return {
    min: Math.ceil(words * (1 - BIO_TOLERANCE)),
    max: Math.floor(words * (1 + BIO_TOLERANCE)),
  };
}

function bioField(field: BioField) {
  return textField(field).superRefine((text, ctx) => {
    const { min, max } = bioRange(field);
    const words = countWords(text);
    if (words < min || words > max)
      ctx.addIssue({
        code: 'custom',
        message: `${field} has ${Math.round(words)} words; write ${min}–${max} (about ${BIO_LENGTHS[field]}; in Chinese two characters count as one word)`,
      });
  });
}

const bookingStep = z
  .object(
    { step: textField('step'), text: textField('text') },
    typeError(undefined, 'each booking step is "{ step: Hold a date, text: … }"'),
  )
  .strict();

export const pressSchema = z
  .object({
    bio50: bioField('bio50'),
    bio100: bioField('bio100'),
    bio250: bioField('bio250'),
    /** Read out by the host before the talk, word for word. */
    introduction: textField('introduction'),
    booking: z
      .array(
        bookingStep,
        typeError(
          'booking is missing (the steps from first enquiry to confirmed date)',
          'booking must be a list of "{ step, text }"',
        ),
      )
      .min(1, 'booking must list at least one step'),
    /** What travel and other costs are charged on top of the fee. */
    travel: textField('travel'),
    /** A video of the speaker, as a keynote's `reel`: a file in public/ or a link to a video site. */
    reel: reelSchema.optional(),
  })
  .strict();

export type PressData = z.output<typeof pressSchema>;

/**
 * A text's length as the page states it: words, or for a language counted in characters
 * (its `readingRate.unit`) characters, at the same two characters a word the check uses.
 * @example statedLength('二十年的经验', 'characters') // 6
 */
export function statedLength(text: string, unit: 'words' | 'characters'): number {
  const words = countWords(text);
  return Math.round(unit === 'characters' ? words * CJK_CHARACTERS_PER_WORD : words);
}

/** A bio's paragraphs: blank lines separate them in the YAML block. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/**
 * The testimonials a press kit in `locale` shows: quotes in its language first, then the
 * newest, then by id, so the order never depends on the order files are read in.
 */
export function pressTestimonials<T extends { locale: string; year: number; id: string }>(
  testimonials: readonly T[],
  locale: string,
  limit = 6,
): T[] {
  return [...testimonials]
    .sort(
      (a, b) =>
        Number(b.locale === locale) - Number(a.locale === locale) ||
        b.year - a.year ||
        a.id.localeCompare(b.id),
    )
    .slice(0, limit);
}
