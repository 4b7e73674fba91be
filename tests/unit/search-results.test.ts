import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  pagefindFilters,
  readSearchState,
  resultLocale,
  writeSearchState,
} from '~/lib/search-results';

describe('search result excerpts', () => {
  it('keeps highlighted words apart from plain text', () => {
    expect(excerptParts('the <mark>queue</mark> grows')).toEqual([
      { text: 'the ', marked: false },
      { text: 'queue', marked: true },
      { text: ' grows', marked: false },
    ]);
  });

  it('turns markup or script in content into literal text, never elements', () => {
    const parts = excerptParts(
      '&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(1)> <mark>x</mark>',
    );
    expect(parts.map((p) => p.text).join('')).toBe(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> x',
    );
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['x']);
  });

  it('drops the end of the previous sentence an excerpt starts with, in every script', () => {
    const text = (excerpt: string) =>
      excerptParts(excerpt)
        .map((p) => p.text)
        .join('');
    expect(text('。<mark>排班</mark>需要提前规划')).toBe('排班需要提前规划');
    expect(text('，因此<mark>排班</mark>')).toBe('因此排班');
    expect(text('. The <mark>queue</mark> grows')).toBe('The queue grows');
    expect(text('” – und die <mark>Quote</mark>')).toBe('und die Quote');
    expect(text('&amp; <mark>more</mark>')).toBe('& more');
    expect(text('„Erst“ <mark>lösen</mark>')).toBe('„Erst“ lösen');
    expect(text('<mark>Queue</mark>. Next')).toBe('Queue. Next');
  });

  it('decodes entities once, not twice', () => {
    expect(excerptParts('&amp;lt;b&amp;gt;')).toEqual([{ text: '&lt;b&gt;', marked: false }]);
  });
});

describe('search state in the URL', () => {
  it('round-trips query, type, topic and the all-languages switch', () => {
    const state = {
      q: 'Qualitätssicherung 呼叫中心',
      type: 'quiz',
      topic: 'leadership',
      all: true,
    };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  it('leaves empty parts out of the URL and the filters', () => {
    expect(writeSearchState({ q: 'fcr', type: '', topic: '', all: false })).toBe('?q=fcr');
    expect(pagefindFilters({ q: 'fcr', type: '', topic: 'operations', all: false })).toEqual({
      topic: 'operations',
    });
  });

  it('tells a result’s language from its URL, absolute or not', () => {
    expect(resultLocale('/de/articles/x/', ['en', 'de'])).toBe('de');
    expect(resultLocale('http://127.0.0.1:4321/en/quizzes/y/', ['en', 'de'])).toBe('en');
    expect(resultLocale('/fr/x/', ['en', 'de'])).toBeUndefined();
  });
});
