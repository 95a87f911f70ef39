import { defineConfig } from 'vitest/config';

/**
 * End-to-end suites: the built extension (.output/chrome-mv3, .output/firefox-mv2) in Debian Chromium
 * (Playwright) and firefox-esr (puppeteer-core over WebDriver BiDi) against the local fixture server.
 * Build first: `npx wxt build && npx wxt build -b firefox`; then `npx vitest run --config vitest.e2e.config.ts`.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
