/**
 * Turning Pagefind results into what the search page shows. Pure functions,
 * no DOM: the page's script renders them, tests check them.
 */

export interface RawResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  /** Language of the index the result came from, e.g. 'de' or 'zh-cn'. */
  language?: string;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt into plain text and highlighted parts. Only
 * `<mark>` is honoured; anything else that looks like markup stays literal
 * text, so content can never inject elements or scripts into the results.
 * @example excerptParts('a <mark>queue</mark> &lt;b&gt;') // [{text:'a ',marked:false},{text:'queue',marked:true},{text:' <b>',marked:false}]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts = excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = part.startsWith('<mark>') && part.endsWith('</mark>');
      const inner = marked ? part.slice('<mark>'.length, -'</mark>'.length) : part;
      return { text: decodeEntities(inner), marked };
    });
  const first = parts[0];
  if (first && !first.marked) first.text = first.text.replace(LEADING_PUNCTUATION, '');
  return parts.filter((part) => part.text !== '');
}

/**
 * What an excerpt cut from mid-text may start with but should not show: the end of the sentence
 * before it ("。", ".", ",", ")", "”", "–") and spaces. Opening quotes and brackets stay.
 */
const LEADING_PUNCTUATION = /^[\s.,;:!?…)\]}’”。，、；：！？）」』】》〉–—-]+/u;

/** Which locale a result belongs to, from its URL (`/de/articles/…` → 'de'). */
export function resultLocale(url: string, locales: readonly string[]): string | undefined {
  const first = url.replace(/^https?:\/\/[^/]+/, '').split('/')[1];
  return first && locales.includes(first) ? first : undefined;
}

/** Search parameters as they appear in the page's URL, so a search can be shared. */
export interface SearchState {
  q: string;
  type: string;
  topic: string;
  all: boolean;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    q: params.get('q') ?? '',
    type: params.get('type') ?? '',
    topic: params.get('topic') ?? '',
    all: params.get('all') === '1',
  };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.type) params.set('type', state.type);
  if (state.topic) params.set('topic', state.topic);
  if (state.all) params.set('all', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind filter object for the chosen type and topic (empty ones left out). */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.type) filters.type = state.type;
  if (state.topic) filters.topic = state.topic;
  return filters;
}
