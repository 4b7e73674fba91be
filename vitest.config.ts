/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects on Astro's Vite config (the `~/` alias, and `.astro` files for the Container API):
// - unit: plain TypeScript in src/lib, the CLIs and components; no build, no browser
//   (`npm run test:unit`).
// - site: build-output and browser tests; the global setup builds the sample site once and
//   looks for Chromium, and every file in the project shares that build.
// Timeouts leave room for a machine whose other core is busy: nothing waits a fixed time, so
// a generous limit costs nothing when tests pass.
export default getViteConfig({
  test: {
    reporters: ['default'],
    expect: { poll: { timeout: 30_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
