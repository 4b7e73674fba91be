import { describe, expect, it, inject } from 'vitest';

describe('the build and content/', () => {
  it('leaves every file under content/ exactly as the author wrote it', () => {
    expect(inject('contentHashBefore')).not.toBe('');
    expect(inject('contentHashAfter')).toBe(inject('contentHashBefore'));
  });
});
