import { describe, expect, it, inject } from 'vitest';

// With REUSE_BUILD=1 no build runs, and content/ unchanged would prove nothing: skipped then.
describe.skipIf(!inject('siteBuilt'))('the build and content/', () => {
  it('leaves every file under content/ exactly as the author wrote it', () => {
    expect(inject('contentHashBefore')).not.toBe('');
    expect(inject('contentHashAfter')).toBe(inject('contentHashBefore'));
  });
});
