import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import {
  durationBand,
  featuredFirst,
  formatDuration,
  matchesFilter,
  NO_FILTER,
  readFilter,
  writeFilter,
  type KeynoteFacts,
} from '~/lib/keynote-filters';
import { readShortlist, SHORTLIST_KEY, watchShortlist } from '~/lib/shortlist';
import { toggleInShortlist, writeShortlist } from '~/lib/shortlist-edit';

const talk = (over: Partial<KeynoteFacts>): KeynoteFacts => ({
  name: 'x',
  title: 'X',
  topics: ['leadership'],
  formats: ['keynote'],
  duration: 45,
  languages: ['en'],
  featured: false,
  ...over,
});

describe('keynote filters', () => {
  const talks = [
    talk({
      name: 'a',
      topics: ['leadership', 'operations'],
      formats: ['keynote', 'workshop'],
      duration: 45,
      languages: ['en', 'de'],
    }),
    talk({
      name: 'b',
      topics: ['technology'],
      formats: ['webinar'],
      duration: 60,
      languages: ['en'],
    }),
    talk({
      name: 'c',
      topics: ['leadership'],
      formats: ['masterclass'],
      duration: 360,
      languages: ['de', 'zh'],
    }),
  ];
  const names = (filter: Partial<typeof NO_FILTER>) =>
    talks.filter((t) => matchesFilter(t, { ...NO_FILTER, ...filter })).map((t) => t.name);

  it('shows everything without a filter', () => expect(names({})).toEqual(['a', 'b', 'c']));
  it('filters by topic', () => expect(names({ topic: 'leadership' })).toEqual(['a', 'c']));
  it('filters by format', () => expect(names({ format: 'workshop' })).toEqual(['a']));
  it('filters by delivery language', () => expect(names({ language: 'de' })).toEqual(['a', 'c']));
  it('filters by length band', () => {
    expect(names({ duration: 'short' })).toEqual(['a']);
    expect(names({ duration: 'medium' })).toEqual(['b']);
    expect(names({ duration: 'long' })).toEqual(['c']);
  });
  it('combines filters (all must match)', () =>
    expect(names({ topic: 'leadership', language: 'zh' })).toEqual(['c']));

  it('puts band edges where an organiser expects them', () => {
    expect([45, 46, 120, 121].map(durationBand)).toEqual(['short', 'medium', 'medium', 'long']);
  });

  it('round-trips the filter through the URL and ignores unknown parameters', () => {
    const filter = { topic: 'leadership', format: 'workshop', duration: '', language: 'de' };
    expect(writeFilter(filter)).toBe('?topic=leadership&format=workshop&language=de');
    expect(readFilter(`${writeFilter(filter)}&utm=x`)).toEqual(filter);
    expect(writeFilter(NO_FILTER)).toBe('');
  });

  it('lists featured keynotes first, then by title', () => {
    const sorted = featuredFirst(
      [talk({ title: 'B' }), talk({ title: 'Z', featured: true }), talk({ title: 'A' })],
      'en',
    );
    expect(sorted.map((t) => t.title)).toEqual(['Z', 'A', 'B']);
  });

  it('writes lengths in the reader’s language', () => {
    expect(formatDuration(45, 'en')).toBe('45 min');
    expect(formatDuration(360, 'en')).toBe('6 hr');
    expect(formatDuration(360, 'de')).toBe('6 Std.');
    expect(formatDuration(90, 'zh-CN')).toBe('90分钟');
  });
});

describe('the shortlist', () => {
  it('adds and removes keynotes under one key, and forgets itself when empty', () => {
    const data = new Map<string, string>();
    const store = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    expect(toggleInShortlist(store, 'a')).toEqual(['a']);
    expect(toggleInShortlist(store, 'b')).toEqual(['a', 'b']);
    expect(readShortlist(store)).toEqual(['a', 'b']);
    toggleInShortlist(store, 'a');
    toggleInShortlist(store, 'b');
    expect(data.has(SHORTLIST_KEY)).toBe(false);
    data.set(SHORTLIST_KEY, 'not json');
    expect(readShortlist(store)).toEqual([]);
  });

  it('tells every watcher on the page of a change made there or in another tab', () => {
    const data = new Map<string, string>();
    const store = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    const page = new EventTarget();
    const counts: number[] = [];
    watchShortlist(store, page, (names) => counts.push(names.length));
    toggleInShortlist(store, 'a', page);
    writeShortlist(store, ['a', 'b', 'c'], page);
    // Another tab writes; this page hears only the browser's storage event.
    data.set(SHORTLIST_KEY, JSON.stringify(['z']));
    page.dispatchEvent(new Event('storage'));
    expect(counts).toEqual([0, 1, 3, 1]);
  });
});

describe('keynote content check', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function check(frontmatter: string): string[] {
    dir = mkdtempSync(path.join(os.tmpdir(), 'keynote-check-'));
    cpSync(path.resolve(import.meta.dirname, '../fixtures/valid'), dir, { recursive: true });
    mkdirSync(path.join(dir, 'keynotes/en'), { recursive: true });
    writeFileSync(
      path.join(dir, 'keynotes/en/talk.mdx'),
      `---\ntitle: "Talk"\nsummary: "A talk."\ntopics: [operations]\n${frontmatter}\n---\nAbstract.\n`,
    );
    return checkContent(dir).errors;
  }

  it('accepts a complete keynote', () => {
    expect(
      check(
        'formats: [keynote, workshop]\nduration: 45\nlanguages: [en, de]\nfeatured: true\nsince: 2024',
      ),
    ).toEqual([]);
  });
  it('names an unknown format', () => {
    expect(check('formats: [keynote, talkshow]\nduration: 45')).toEqual([
      expect.stringMatching(/keynotes\/en\/talk\.mdx: formats: unknown format "talkshow"/),
    ]);
  });
  it.each(['0', '-5', '45.5', '"45"'])(
    'rejects duration %s as not a positive whole number',
    (value) => {
      expect(check(`formats: [keynote]\nduration: ${value}`)).toEqual([
        expect.stringMatching(
          /keynotes\/en\/talk\.mdx: duration .* is not a positive whole number of minutes/,
        ),
      ]);
    },
  );
  it('names an unknown delivery language', () => {
    expect(check('formats: [keynote]\nduration: 45\nlanguages: [en, fr]')).toEqual([
      expect.stringMatching(/keynotes\/en\/talk\.mdx: languages: unknown language "fr"/),
    ]);
  });
});
