import { describe, expect, it } from 'vitest';
import { extractBulletinText } from '../../../electron/core/importers/extract/index';
import { compact, pdfFixture } from './helpers/fixtures';

// issue2128r.pdf uses a non-embedded CID font with the predefined GBK-EUC-H CMap: pdf.js
// can only decode it with its CMaps, and without them returns empty text and no error.
describe('pdf.js CMaps and standard fonts from the installed pdfjs-dist', () => {
  it('are used: issue2128r.pdf yields its title', async () => {
    const result = await extractBulletinText('issue2128r.pdf', pdfFixture('issue2128r.pdf'));
    if (!result.ok) throw new Error(result.message);
    expect(compact(result.text)).toContain('浅谈校长的魅力');
  });

  it('are needed: without them the same file has no text at all', async () => {
    const result = await extractBulletinText('issue2128r.pdf', pdfFixture('issue2128r.pdf'), { pdfAssets: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('damaged-pdf');
    expect(result.message).toContain('no text');
  });
});
