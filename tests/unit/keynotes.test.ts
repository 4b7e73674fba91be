import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
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
import { readShortlist, toggleInShortlist, SHORTLIST_KEY } from '~/lib/shortlist';

const talk = (over: Partial<KeynoteFacts>): KeynoteFacts => ({
  name: 'x',
  title: 'X',
  topics: ['leadership'],
  formats: ['keynote'],
  minutes: [45],
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
      minutes: [30, 45],
      languages: ['en', 'de'],
    }),
    talk({
      name: 'b',
      topics: ['technology'],
      formats: ['webinar'],
      minutes: [60],
      languages: ['en'],
    }),
    talk({
      name: 'c',
      topics: ['leadership'],
      formats: ['masterclass'],
      minutes: [45, 360],
      languages: ['de', 'zh'],
    }),
  ];
  const names = (filter: Partial<typeof NO_FILTER>) =>
    talks.filter((t) => matchesFilter(t, { ...NO_FILTER, ...filter })).map((t) => t.name);

  it('shows everything without a filter', () => expect(names({})).toEqual(['a', 'b', 'c']));
  it('filters by topic', () => expect(names({ topic: 'leadership' })).toEqual(['a', 'c']));
  it('filters by format', () => expect(names({ format: 'workshop' })).toEqual(['a']));
  it('filters by delivery language', () => expect(names({ language: 'de' })).toEqual(['a', 'c']));
  it('filters by length band, finding a talk in every band one of its lengths falls into', () => {
    expect(names({ duration: 'short' })).toEqual(['a']);
    expect(names({ duration: 'medium' })).toEqual(['a', 'b', 'c']);
    expect(names({ duration: 'long' })).toEqual(['c']);
  });
  it('combines filters (all must match)', () =>
    expect(names({ topic: 'leadership', language: 'zh' })).toEqual(['c']));

  it('puts band edges where an organiser expects them', () => {
    expect([30, 31, 45, 60, 61].map(durationBand)).toEqual([
      'short',
      'medium',
      'medium',
      'medium',
      'long',
    ]);
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
});

describe('keynote content check', () => {
  let dir: string;
  const publicDir = mkdtempSync(path.join(os.tmpdir(), 'keynote-public-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  afterAll(() => rmSync(publicDir, { recursive: true, force: true }));

  function check(frontmatter: string): string[] {
    dir = mkdtempSync(path.join(os.tmpdir(), 'keynote-check-'));
    cpSync(path.resolve(import.meta.dirname, '../fixtures/valid'), dir, { recursive: true });
    mkdirSync(path.join(dir, 'keynotes/en'), { recursive: true });
    writeFileSync(
      path.join(dir, 'keynotes/en/talk.mdx'),
      `---\ntitle: "Talk"\nsummary: "A talk."\ntopics: [operations]\n${frontmatter}\n---\nAbstract.\n`,
    );
    mkdirSync(path.join(dir, 'images'), { recursive: true });
    writeFileSync(path.join(dir, 'images/reel.jpg'), '');
    return checkContent(dir, { publicDirs: [publicDir] }).errors;
  }

  const REQUIRED =
    'lengths: [{ minutes: 30, qa: 10 }, { minutes: 45 }]\ndelivery: [in-person]\ntakeaways: [One thing]';

  it('accepts a complete keynote', () => {
    expect(
      check(
        `formats: [keynote, workshop]\n${REQUIRED}\nlanguages: [en, de]\nfeatured: true\nsince: 2024\ncustomisable: "Examples from your sector."`,
      ),
    ).toEqual([]);
  });
  it('names an unknown format', () => {
    expect(check(`formats: [keynote, talkshow]\n${REQUIRED}`)).toEqual([
      expect.stringMatching(/keynotes\/en\/talk\.mdx: formats: unknown format "talkshow"/),
    ]);
  });
  it.each(['0', '-5', '45.5', '"45"'])(
    'rejects minutes %s as not a positive whole number, naming the length',
    (value) => {
      expect(
        check(
          `formats: [keynote]\nlengths: [{ minutes: 30 }, { minutes: ${value} }]\ndelivery: [virtual]\ntakeaways: [A]`,
        ),
      ).toEqual([
        expect.stringMatching(
          /keynotes\/en\/talk\.mdx: length 2: minutes .* is not a positive whole number of minutes$/,
        ),
      ]);
    },
  );
  it('asks for the minutes of a length that only has Q&A', () => {
    expect(
      check('formats: [keynote]\nlengths: [{ qa: 10 }]\ndelivery: [virtual]\ntakeaways: [A]'),
    ).toEqual([
      expect.stringMatching(
        /talk\.mdx: length 1: minutes is missing \(how long the talk is, e\.g\. minutes: 45\)$/,
      ),
    ]);
  });
  it('names a missing lengths, delivery and takeaways field each on its own line', () => {
    expect(check('formats: [keynote]')).toEqual([
      expect.stringMatching(/talk\.mdx: lengths is missing \(e\.g\. \[\{ minutes: 30, qa: 10 \}/),
      expect.stringMatching(
        /talk\.mdx: delivery is missing \(any of in-person, virtual, hybrid\)$/,
      ),
      expect.stringMatching(
        /talk\.mdx: takeaways is missing \(a list of what the audience leaves with\)$/,
      ),
    ]);
  });
  it('names an unknown delivery mode and an empty takeaway', () => {
    expect(
      check(
        'formats: [keynote]\nlengths: [{ minutes: 45 }]\ndelivery: [in-person, telepathy]\ntakeaways: [A, ""]',
      ),
    ).toEqual([
      expect.stringMatching(
        /talk\.mdx: delivery: unknown mode "telepathy" \(use in-person, virtual, hybrid\)$/,
      ),
      expect.stringMatching(/talk\.mdx: takeaway 2 is empty$/),
    ]);
  });
  it('names an unknown delivery language', () => {
    expect(check(`formats: [keynote]\n${REQUIRED}\nlanguages: [en, fr]`)).toEqual([
      expect.stringMatching(/keynotes\/en\/talk\.mdx: languages: unknown language "fr"/),
    ]);
  });

  describe('a reel', () => {
    const reel = (value: string) => check(`formats: [keynote]\n${REQUIRED}\nreel: ${value}`);
    it('accepts a video file in public/ with a poster in content/images/', () => {
      mkdirSync(path.join(publicDir, 'videos'), { recursive: true });
      writeFileSync(path.join(publicDir, 'videos/reel.mp4'), '');
      expect(reel('{ file: /videos/reel.mp4, poster: reel.jpg }')).toEqual([]);
    });
    it('accepts a link to a video page with a title', () => {
      expect(
        reel('{ url: "https://www.youtube.com/watch?v=abc", poster: reel.jpg, title: "Reel" }'),
      ).toEqual([]);
    });
    it('refuses a url that is not https', () => {
      expect(
        reel('{ url: "http://www.youtube.com/watch?v=abc", poster: reel.jpg, title: "Reel" }'),
      ).toEqual([expect.stringMatching(/talk\.mdx: reel: url must be a full https:\/\/ address/)]);
    });
    it('names a missing video file and a missing poster', () => {
      expect(reel('{ file: /videos/missing.mp4, poster: nowhere.jpg }')).toEqual([
        expect.stringMatching(
          /talk\.mdx: reel: file "\/videos\/missing\.mp4" does not exist: put the video at/,
        ),
        expect.stringMatching(
          /talk\.mdx: reel: poster "nowhere\.jpg" is not a picture in .*images\/: put it there/,
        ),
      ]);
    });
    it('asks for a file or a url, and a title for a url', () => {
      expect(reel('{ poster: reel.jpg }')).toEqual([
        expect.stringMatching(
          /talk\.mdx: reel: needs a file \(\/videos\/reel\.mp4 in public\/\) or a url/,
        ),
      ]);
      expect(reel('{ url: "https://vimeo.com/1", poster: reel.jpg }')).toEqual([
        expect.stringMatching(/talk\.mdx: reel: title is missing \(the link text/),
      ]);
    });
  });
});
