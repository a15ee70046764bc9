/** Debian's Chromium, quiet and offline (TOOLCHAIN.md: never `npx playwright install`). */
export const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
