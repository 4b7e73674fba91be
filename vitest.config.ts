/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// One run: the global setup builds the sample site once into dist/ and finds
// Chromium; build-output and browser tests share that build.
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
