/** The site settings' checks: every message names the field and says what to do. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { portraitProblems } from '~/lib/speaker-check';
import { site, siteConfigProblems, speakerIn } from '~/site.config';

/** A writable copy of the settings, to break one field at a time. */
interface Editable {
  author: {
    jobTitle: Record<string, string>;
    tagline: Record<string, string>;
    portrait: { image: string };
    profiles: { url: string }[];
  };
}
const copy = () => structuredClone(site) as unknown as Editable;

describe('siteConfigProblems', () => {
  it('finds nothing wrong with the shipped settings', () => {
    expect(siteConfigProblems(site)).toEqual([]);
  });

  it('names a locale whose job title is missing', () => {
    const input = copy();
    delete input.author.jobTitle.de;
    expect(siteConfigProblems(input)).toEqual([
      'src/site.config.ts: author.jobTitle.de: missing; add the text in Deutsch (every locale shows its own)',
    ]);
  });

  it('names an empty tagline and a profile address that is not https', () => {
    const input = copy();
    input.author.tagline.zh = '';
    input.author.profiles[0]!.url = 'http://example.com/me';
    const problems = siteConfigProblems(input);
    expect(problems).toContain(
      'src/site.config.ts: author.tagline.zh: write the text, it is empty',
    );
    expect(problems).toContain(
      'src/site.config.ts: author.profiles.0.url: use the https:// address of the profile',
    );
  });

  it('asks for a picture file when the portrait names something else', () => {
    const input = copy();
    input.author.portrait.image = 'morgan.svg';
    expect(siteConfigProblems(input)).toEqual([
      'src/site.config.ts: author.portrait.image: name a .jpg, .png, .webp or .avif file in content/images/',
    ]);
  });
});

describe('portraitProblems', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portrait-'));
  writeFileSync(path.join(dir, 'morgan.jpg'), '');

  it('accepts a portrait that exists in content/images/', () => {
    expect(portraitProblems('morgan.jpg', dir)).toEqual([]);
  });

  it('names the missing file, the fix and the pictures that are there', () => {
    expect(portraitProblems('morgen.jpg', dir)).toEqual([
      'src/site.config.ts: author.portrait.image: "morgen.jpg" is not a file in content/images/; put the portrait there or correct the name (pictures there: morgan.jpg)',
    ]);
  });
});

describe('speakerIn', () => {
  it('gives each locale its own job title, tagline and portrait description', () => {
    const [en, de, zh] = (['en', 'de', 'zh'] as const).map(speakerIn);
    expect(new Set([en!.jobTitle, de!.jobTitle, zh!.jobTitle]).size).toBe(3);
    expect(new Set([en!.tagline, de!.tagline, zh!.tagline]).size).toBe(3);
    expect(zh!.portraitAlt).toMatch(/\p{Script=Han}/u);
  });
});
