import { describe, expect, it } from 'vitest';
import { entryIdFromPath, parseContentPath, SEGMENT_PATTERN } from '~/lib/content-paths';

describe('parseContentPath', () => {
  it('reads locale and name from "de/foo.mdx"', () => {
    expect(parseContentPath('de/foo.mdx')).toEqual({ locale: 'de', name: 'foo' });
  });

  it('reads locale and name from an entry id without extension, "de/foo"', () => {
    expect(parseContentPath('de/foo')).toEqual({ locale: 'de', name: 'foo' });
  });

  it('accepts Windows separators', () => {
    expect(parseContentPath('zh\\first-contact.mdx')).toEqual({
      locale: 'zh',
      name: 'first-contact',
    });
  });

  it('rejects a locale that is not configured ("fr/foo")', () => {
    expect(() => parseContentPath('fr/foo')).toThrow('"fr/foo" is not of the form <locale>/<name>');
  });

  it('rejects a path without a locale folder ("foo")', () => {
    expect(() => parseContentPath('foo')).toThrow(/not of the form <locale>\/<name>/);
  });

  it('rejects a nested path ("de/x/y")', () => {
    expect(() => parseContentPath('de/x/y')).toThrow(/not of the form <locale>\/<name>/);
  });

  it('rejects an empty name ("de/")', () => {
    expect(() => parseContentPath('de/')).toThrow();
  });
});

describe('entryIdFromPath', () => {
  it('builds the id from the path so a localized slug cannot replace it', () => {
    expect(entryIdFromPath({ entry: 'de/first-contact.mdx' })).toBe('de/first-contact');
    expect(entryIdFromPath({ entry: 'de\\first-contact.mdx' })).toBe('de/first-contact');
  });
});

describe('SEGMENT_PATTERN', () => {
  it.each(['first-contact', 'fcr', 'fcr2', 'a-1-b', '2025'])(
    'accepts %j as a URL segment',
    (segment) => {
      expect(SEGMENT_PATTERN.test(segment)).toBe(true);
    },
  );

  it.each(['First', 'a--b', '-a', 'a-', 'ä', 'a_b', 'a b', '', 'a.b', 'über'])(
    'rejects %j as a URL segment',
    (segment) => {
      expect(SEGMENT_PATTERN.test(segment)).toBe(false);
    },
  );
});
