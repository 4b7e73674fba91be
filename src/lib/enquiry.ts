/**
 * The keynote enquiry email: the keynotes asked about, then every form field
 * on its own labelled line (what planners' checklists ask: date or "flexible",
 * place, audience, slot and Q&A, theme, customisation, budget, travel), then
 * the free message. Every field has a bound
 * (the form's `maxlength`, enforced here again for pasted or scripted input);
 * the link is shortened to fit mail programs, the full text never is. Pure;
 * used by the shortlist page's script and by tests.
 */
import {
  boundLength,
  buildMailto,
  fitMailto,
  fitsMailClients,
  graphemes,
  largestFitting,
  shortener,
  wellFormed,
  type PreparedMail,
} from './mailto';

export interface EnquiryField {
  name: string;
  label: string;
  value: string;
  required?: boolean;
}

export interface EnquiryProblem {
  name: string;
  problem: 'required' | 'past';
}

/**
 * The most each field may hold, in UTF-16 code units as `maxlength` counts them: room for any
 * real name, organisation, event or city, and for a message of several paragraphs.
 */
export const ENQUIRY_LIMITS = {
  name: 100,
  organisation: 150,
  event: 200,
  theme: 200,
  date: 10,
  dateFlexible: 20,
  city: 100,
  audienceSize: 20,
  audienceProfile: 300,
  slot: 40,
  qa: 60,
  language: 40,
  customisation: 500,
  budget: 60,
  travel: 60,
  message: 4000,
} as const satisfies Record<string, number>;

/** For a field this module does not know by name. */
const DEFAULT_LIMIT = 200;

/** The bound of a field, by its name. */
export function limitOf(name: string): number {
  return (ENQUIRY_LIMITS as Record<string, number>)[name] ?? DEFAULT_LIMIT;
}

/** One line of text: line breaks and runs of white space become one space, so a value cannot pose as another field. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A field's value as the email carries it: well-formed, on one line, within its bound. */
export function fieldValue(field: Pick<EnquiryField, 'name' | 'value'>): string {
  return boundLength(oneLine(wellFormed(field.value)), limitOf(field.name)).trimEnd();
}

/** The free message as the email carries it: well-formed, `\n` line breaks, trimmed, within its bound. */
export function messageText(message: string): string {
  const text = wellFormed(message)
    .replace(/\r\n|\r/g, '\n')
    .trim();
  return boundLength(text, ENQUIRY_LIMITS.message).trimEnd();
}

/** Outer quotation marks and the ones used inside them, per writing convention. */
const NESTED_QUOTES: Record<string, string> = {
  '“”': '‘’',
  '„“': '‚‘',
  '«»': '‹›',
  '「」': '『』',
};

/**
 * A message template with a quoted placeholder, filled so that quotation marks inside the value
 * become the inner kind: "Please fill in “City, or ‘online’”", not "“City, or “online””".
 * @example quoteWithin('Bitte füllen Sie „{field}“ aus.', '{field}', 'Stadt oder „online“') // 'Bitte füllen Sie „Stadt oder ‚online‘“ aus.'
 */
export function quoteWithin(template: string, placeholder: string, value: string): string {
  const at = template.indexOf(placeholder);
  if (at < 0) return template;
  const outer = `${template[at - 1] ?? ''}${template[at + placeholder.length] ?? ''}`;
  const inner = NESTED_QUOTES[outer];
  const nested = inner
    ? value.replace(/./gu, (c) => (c === outer[0] ? inner[0]! : c === outer[1] ? inner[1]! : c))
    : value;
  return template.replace(placeholder, () => nested);
}

/**
 * Required fields that are empty, and an event date before today (`today` as YYYY-MM-DD). A
 * flexible date may be left empty: organisers often ask before the date is fixed.
 */
export function checkEnquiry(
  fields: readonly EnquiryField[],
  today: string,
  flexibleDate = false,
): EnquiryProblem[] {
  const problems: EnquiryProblem[] = [];
  for (const field of fields) {
    const optional = flexibleDate && field.name === 'date';
    if (field.required && !optional && !field.value.trim())
      problems.push({ name: field.name, problem: 'required' });
    else if (field.name === 'date' && field.value && field.value < today)
      problems.push({ name: field.name, problem: 'past' });
  }
  return problems;
}

export interface EnquiryText {
  /** Subject line; `{event}` stands for the event name. */
  subject: string;
  keynotesLabel: string;
  messageLabel: string;
  /** One labelled line, `{label}` and `{value}` filled in: "{label}: {value}", in Chinese "{label}：{value}". */
  line: string;
}

/** A labelled line of the email (function replacers, so a `$&` in a value stays literal). */
export function labelledLine(text: EnquiryText, label: string, value: string): string {
  return text.line
    .replace('{label}', () => label)
    .replace('{value}', () => value)
    .trimEnd();
}

/** The subject with the event name filled in (a function replacer, so a `$&` in the name stays literal). */
export function enquirySubject(text: EnquiryText, event: string): string {
  return oneLine(text.subject.replace('{event}', () => event));
}

/** The full email text, every field within its bound and nothing else cut. */
export function enquiryBody(
  text: EnquiryText,
  keynotes: readonly string[],
  fields: readonly EnquiryField[],
  message: string,
): string {
  const lines = [
    labelledLine(text, text.keynotesLabel, ''),
    ...keynotes.map((k) => `- ${oneLine(wellFormed(k))}`),
    '',
  ];
  for (const field of fields) lines.push(labelledLine(text, field.label, fieldValue(field)));
  const body = messageText(message);
  if (body) lines.push('', labelledLine(text, text.messageLabel, ''), body);
  return `${lines.join('\n')}\n`;
}

/**
 * The enquiry as a link and as full text. When the link would be too long for mail programs,
 * the free message is shortened first ("…" where it is cut); if the fields alone are too long,
 * every field value and keynote title is cut to one common length, and the message gives way
 * to "…"; with too many keynotes for even that, the body is cut as a whole.
 * The `text` is never cut: the page offers it for copying.
 */
export function enquiryEmail(
  to: string,
  text: EnquiryText,
  keynotes: readonly string[],
  fields: readonly EnquiryField[],
  message: string,
): PreparedMail {
  const values = fields.map((field) => ({ ...field, value: fieldValue(field) }));
  const event = values.find((field) => field.name === 'event')?.value ?? '';
  const fullMessage = messageText(message);
  const messageLength = graphemes(fullMessage).length;
  const full = enquiryBody(text, keynotes, values, fullMessage);
  const cutEvent = shortener(event);
  const cutKeynotes = keynotes.map(shortener);
  const cutValues = values.map((field) => shortener(field.value));
  const cutMessage = shortener(fullMessage);

  /** The link with every value cut to `cap` characters and the message to `kept`. */
  const build = (cap: number, kept: number) =>
    buildMailto({
      to,
      subject: enquirySubject(text, cutEvent(cap)),
      body: enquiryBody(
        text,
        cutKeynotes.map((cut) => cut(cap)),
        values.map((field, i) => ({ ...field, value: cutValues[i]!(cap) })),
        cutMessage(kept),
      ),
    });
  const fits = (cap: number, kept: number) => fitsMailClients(build(cap, kept));

  if (fits(Infinity, messageLength))
    return { url: build(Infinity, messageLength), text: full, shortened: false };
  let cap = Infinity;
  let kept = largestFitting(messageLength, (n) => fits(Infinity, n));
  if (kept < 0) {
    const longest = Math.max(
      0,
      ...[...keynotes, ...values.map((field) => field.value)].map((v) => graphemes(v).length),
    );
    cap = largestFitting(longest, (c) => fits(c, 0));
    if (cap < 0) return fitMailto({ to, subject: enquirySubject(text, event), body: full });
    kept = largestFitting(messageLength, (n) => fits(cap, n));
  }
  return { url: build(cap, kept), text: full, shortened: true };
}

/** One choice of the budget select: below the first step, between two steps, or above the last. */
export interface BudgetRange {
  min?: number;
  max?: number;
}

/**
 * The budget ranges offered for a fee, from the site's steps in its currency.
 * @example budgetRanges([2500, 5000]) // [{ max: 2500 }, { min: 2500, max: 5000 }, { min: 5000 }]
 */
export function budgetRanges(steps: readonly number[]): BudgetRange[] {
  const sorted = [...steps].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  return [
    { max: sorted[0]! },
    ...sorted.slice(1).map((max, i) => ({ min: sorted[i]!, max })),
    { min: sorted.at(-1)! },
  ];
}
