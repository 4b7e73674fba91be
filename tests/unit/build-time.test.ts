import { describe, expect, it } from 'vitest';
import { buildTime } from '~/lib/build-time';

describe('buildTime', () => {
  it('takes the time from SOURCE_DATE_EPOCH, so a rebuild shows the same year', () => {
    expect(buildTime({ SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    expect(buildTime({ SOURCE_DATE_EPOCH: '0' }).getUTCFullYear()).toBe(1970);
  });

  it('uses the current time without SOURCE_DATE_EPOCH or with a value that is not seconds', () => {
    for (const env of [{}, { SOURCE_DATE_EPOCH: '' }, { SOURCE_DATE_EPOCH: '2026-01-01' }]) {
      const before = Date.now();
      const time = buildTime(env).getTime();
      expect(time).toBeGreaterThanOrEqual(before);
      expect(time).toBeLessThanOrEqual(Date.now());
    }
  });
});
