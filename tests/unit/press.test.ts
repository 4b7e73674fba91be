/** The press kit's text rules: word counts (Chinese by characters), the schema's messages, the check of its files, and the helpers the page uses. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import {
  bioRange,
  countWords,
  paragraphsOf,
  pressSchema,
  pressTestimonials,
  statedLength,
} from '~/lib/press';
import { fileSize } from '~/lib/press-downloads';
import { videoPlatform, videoType } from '~/lib/reel';
import { formatIssues } from '~/lib/schemas';
import { site, siteConfigProblems } from '~/site.config';
import { projectRoot } from '../support/paths';

const temp = mkdtempSync(path.join(os.tmpdir(), 'press-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const words = (n: number, word = 'service') => Array.from({ length: n }, () => word).join(' ');
const validKit = {
  bio50: words(50),
  bio100: words(100),
  bio250: words(250),
  introduction: 'Please welcome Morgan Reyes.',
  booking: [{ step: 'Hold a date', text: 'Held for two weeks.' }],
  travel: 'Travel is charged at cost.',
};
const problems = (input: unknown) => {
  const result = pressSchema.safeParse(input);
  return result.success ? [] : formatIssues(result.error.issues);
};

describe('countWords', () => {
  it('counts words between spaces and leaves punctuation out', () => {
    expect(countWords('Morgan Reyes, 20 years — in and around contact centres.')).toBe(9);
  });

  it('counts two Chinese characters as one word, and Latin names inside Chinese as words', () => {
    expect(countWords('二十年经验')).toBe(2.5);
    // Two words, then seven characters: three and a half words.
    expect(countWords('Morgan Reyes 在呼叫中心工作。')).toBe(5.5);
  });
});

describe('the press kit schema', () => {
  it('accepts bios within 30 % of 50, 100 and 250 words', () => {
    expect(bioRange('bio50')).toEqual({ min: 35, max: 65 });
    expect(bioRange('bio250')).toEqual({ min: 175, max: 325 });
    expect(problems(validKit)).toEqual([]);
    expect(problems({ ...validKit, bio50: words(35), bio250: words(325) })).toEqual([]);
  });

  it('names a bio outside its range with its count and the range, one line each', () => {
    expect(problems({ ...validKit, bio50: words(120), bio100: words(40) })).toEqual([
      'bio50 has 120 words; write 35–65 (about 50; in Chinese two characters count as one word)',
      'bio100 has 40 words; write 70–130 (about 100; in Chinese two characters count as one word)',
    ]);
  });

  it('measures a Chinese bio in characters: 100 characters fit the 50-word bio, 200 do not', () => {
    expect(problems({ ...validKit, bio50: '服'.repeat(100) })).toEqual([]);
    expect(problems({ ...validKit, bio50: '服'.repeat(200) })).toEqual([
      'bio50 has 100 words; write 35–65 (about 50; in Chinese two characters count as one word)',
    ]);
  });

  it('names a missing introduction and an unknown field', () => {
    const { introduction: _, ...rest } = validKit;
    expect(problems({ ...rest, biography: 'x' })).toEqual([
      'introduction is missing',
      'unknown field "biography" (check the spelling; see the authoring contract in README.md)',
    ]);
  });

  it('takes a reel in the shape of a keynote reel: a file or a link with a title', () => {
    expect(
      problems({ ...validKit, reel: { url: 'https://vimeo.com/1', poster: 'p.jpg' } }),
    ).toEqual(['reel: title is missing (the link text for the video on the other site)']);
  });
});

describe('the content check of press kits', () => {
  const dir = path.join(temp, 'content');
  cpSync(path.join(projectRoot, 'tests/fixtures/valid'), dir, { recursive: true });
  const write = (file: string, data: Record<string, unknown>) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), `---\n${JSON.stringify(data)}\n---\n`);
  };

  it('accepts the sample press kits of the site', () => {
    const report = checkContent(path.join(projectRoot, 'content'));
    expect(report.errors).toEqual([]);
    expect(report.entries.filter((e) => e.kind === 'press').map((e) => e.locale)).toEqual([
      'de',
      'en',
      'zh',
    ]);
  });

  it('names a press kit under another file name, a missing reel video and poster', () => {
    write('press/en/press-kit.mdx', {
      ...validKit,
      reel: { file: '/videos/none.mp4', poster: 'none.jpg' },
    });
    write('press/de/kit.mdx', validKit);
    const lines = checkContent(dir).errors.filter((e) => e.includes('/press/'));
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).toContain(
      'press/de/kit.mdx: a locale has one press kit: name the file press-kit.mdx',
    );
    expect(lines.join('\n')).toMatch(
      /press\/en\/press-kit\.mdx: reel: file "\/videos\/none\.mp4" does not exist/,
    );
    expect(lines.join('\n')).toMatch(
      /press\/en\/press-kit\.mdx: reel: poster "none\.jpg" is not a picture/,
    );
  });
});

describe('the rider in the site settings', () => {
  it('names a locale without a rider and a translation with other lines than English', () => {
    const input = structuredClone(site) as unknown as { rider: Record<string, string[]> };
    delete input.rider.de;
    input.rider.zh = input.rider.zh!.slice(0, 2);
    expect(siteConfigProblems(input)).toEqual([
      'src/site.config.ts: rider.de: missing; list the room and AV needs in Deutsch',
      `src/site.config.ts: rider.zh: has 2 lines but rider.en has ${site.rider.en!.length}; translate the same needs`,
    ]);
  });
});

describe('press page helpers', () => {
  it('states a Chinese text in characters and others in words', () => {
    expect(statedLength('二十年的呼叫中心经验', 'characters')).toBe(10);
    expect(statedLength('Twenty years of practice', 'words')).toBe(4);
  });

  it('splits a bio at blank lines and joins the lines of a paragraph', () => {
    expect(paragraphsOf('One line\nand more.\n\n  Second.\n')).toEqual([
      'One line and more.',
      'Second.',
    ]);
  });

  it('shows quotes in the page language first, then the newest', () => {
    const quotes = [
      { id: 'en/a', locale: 'en', year: 2025 },
      { id: 'de/b', locale: 'de', year: 2022 },
      { id: 'en/c', locale: 'en', year: 2024 },
    ];
    expect(pressTestimonials(quotes, 'de').map((q) => q.id)).toEqual(['de/b', 'en/a', 'en/c']);
    expect(pressTestimonials(quotes, 'en', 1).map((q) => q.id)).toEqual(['en/a']);
  });

  it('writes file sizes as people read them, in the page language', () => {
    expect(fileSize(412_345, 'en')).toBe('412 kB');
    expect(fileSize(1_812_000, 'de')).toBe('1,8 MB');
  });

  it('names the video platform a reel link opens', () => {
    expect(videoPlatform('https://www.youtube.com/watch?v=abc')).toBe('YouTube');
    expect(videoPlatform('https://youtu.be/abc')).toBe('YouTube');
    expect(videoPlatform('https://vimeo.com/123')).toBe('Vimeo');
    expect(videoPlatform('https://media.example.org/talk')).toBe('media.example.org');
    expect(videoType('/videos/reel.webm')).toBe('video/webm');
  });
});

it('ships a reel under 1.5 MB', () => {
  expect(
    readFileSync(path.join(projectRoot, 'public/videos/morgan-reyes-reel.mp4')).byteLength,
  ).toBeLessThan(1_500_000);
});
