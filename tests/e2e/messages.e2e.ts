import { join } from 'node:path';
import { expect, test } from './fixtures';

// No issue number, a TOC entry with no article, a TOC count that does not match: three warnings.
const DOUBTFUL = {
  name: 'doubtful.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    [
      '科技工作简报',
      '2024 年',
      '',
      '● 南京市推进科技金融改革 ...... 2',
      '● 武汉市建设科创服务平台 ...... 4',
      '● 正文中找不到的文章 ...... 6',
      '',
      '南京市推进科技金融改革',
      '',
      '南京市加大科技投入，设立科创基金。',
      '',
      '武汉市建设科创服务平台',
      '',
      '武汉市建成“武创通”平台，服务企业 3000 家。',
    ].join('\n'),
  ),
};

test('the parser warnings on the review screen are in Chinese, with no English prose', async ({ page, archive }) => {
  await page.goto(archive.url);
  await page.getByRole('button', { name: '导入期刊' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles([DOUBTFUL]);
  await expect(page.getByRole('heading', { name: '核对后保存' })).toBeVisible();

  const warnings = page.locator('.review-warnings');
  await expect(warnings.locator('li')).toHaveCount(3);
  await expect(warnings).toContainText('未找到期号');
  await expect(warnings).toContainText('目录条目“正文中找不到的文章”（第 6 页）在正文中没有对应的标题');
  const texts = await warnings.locator('li').allInnerTexts();
  // A Latin word (not the placeholder N of “第 N 期”) would be English prose leaking through.
  for (const text of texts) expect(text, 'a warning in Latin script').not.toMatch(/[A-Za-z]{2,}/);
  expect(await warnings.innerText()).not.toMatch(/[A-Za-z]{2,}/);
  if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS, 'review-warnings-zh.png') });

  // The same warnings follow the interface into English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(warnings).toContainText('No issue number found');
  await expect(warnings).not.toContainText('未找到期号');
});
