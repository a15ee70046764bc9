import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './scripts/chromium';

/**
 * End-to-end tests drive the real renderer in Debian's Chromium against the real core through
 * browser mode; each test gets its own server on a fresh library in a temporary folder.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  // Generous: reading a PDF takes 1 s on a quiet machine and 8 s on a loaded 2-core one; a wait
  // tuned to the quiet case fails on a busy CI runner without anything being wrong.
  timeout: 90_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    trace: 'retain-on-failure',
  },
});
