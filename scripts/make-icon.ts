/**
 * Renders the app icon (a red seal with 刊) to resources/icons/icon.png, 512×512.
 * Run once when the design changes: `node --import tsx scripts/make-icon.ts`.
 */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ROOT } from './browser-mode';
import { CHROMIUM_LAUNCH } from './chromium';

const html = `<!doctype html><html><body style="margin:0;background:transparent">
<div style="width:512px;height:512px;display:grid;place-items:center">
  <div style="width:448px;height:448px;border-radius:72px;background:#b3211b;display:grid;place-items:center;
    box-shadow:inset 0 0 0 18px #b3211b, inset 0 0 0 26px #f3d6cf">
    <span style="font-family:'Noto Serif CJK SC',serif;font-weight:900;font-size:300px;line-height:1;color:#fffaf2;transform:translateY(-8px)">刊</span>
  </div>
</div></body></html>`;

const browser = await chromium.launch(CHROMIUM_LAUNCH);
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(html);
const path = join(ROOT, 'resources/icons/icon.png');
await page.screenshot({ path, omitBackground: true });
await browser.close();
console.log(`wrote ${path}`);
