import { describe, expect, it } from 'vitest';
import { ParsedIssueSchema } from '../../../shared/bulletin-schema';
import { IssueSchema } from '../../../shared/catalog';
import { MastheadPatchSchema } from '../../../shared/contract';
import { BULLETIN_EXTENSIONS, isIssueExportName } from '../../../shared/formats';
import { articleIdOf, ArticleIdSchema, issueIdOfArticle, IssueIdSchema } from '../../../shared/ids';
import { colophonLines, MASTHEAD_LIMITS } from '../../../shared/masthead';
import { isBulletinFileName } from '../../../electron/core/library/import-batch';
import { issueToMarkdown } from '../../../electron/core/export/to-markdown';
import { issueToText } from '../../../electron/core/export/to-text';
import { readFields } from '../../../renderer/src/review/masthead-fields';
import { isReadableName } from '../../../renderer/src/store/imports';
import type { Issue } from '../../../shared/catalog';

describe('readable files', () => {
  it.each(BULLETIN_EXTENSIONS)('the app and the command line both import %s files, in any case', (ext) => {
    for (const name of [`issue${ext}`, `ISSUE${ext.toUpperCase()}`, `2024/12/issue${ext}`]) {
      expect(isReadableName(name), `app: ${name}`).toBe(true);
      expect(isBulletinFileName(name), `cli: ${name}`).toBe(true);
    }
  });

  it('the app takes an issue exported as JSON, and restores it without a review', () => {
    expect(isReadableName('科技情报参考-2024-3.json')).toBe(true);
    expect(isIssueExportName('科技情报参考-2024-3.json')).toBe(true);
    expect(isIssueExportName('科技情报参考-2024-3.pdf')).toBe(false);
  });

  it('takes a scan (issue 16) but neither a drawing nor an old Word file', () => {
    for (const name of ['scan.png', 'scan.JPG', 'copier.tif', 'copier.tiff']) expect(isReadableName(name)).toBe(true);
    for (const name of ['photo.psd', 'old.doc', 'pdf', '.txt.bak']) {
      expect(isReadableName(name)).toBe(false);
      expect(isBulletinFileName(name)).toBe(false);
    }
  });
});

describe('issue and article ids', () => {
  it('an article id names its issue, and both pass the checks at every boundary', () => {
    const issueId = '3f2a9c81d0e4';
    const articleId = articleIdOf(issueId, 12);
    expect(articleId).toBe('3f2a9c81d0e4-12');
    expect(issueIdOfArticle(articleId)).toBe(issueId);
    expect(IssueIdSchema.safeParse(issueId).success).toBe(true);
    expect(ArticleIdSchema.safeParse(articleId).success).toBe(true);
    // An id with a clash suffix (abc-2) is still an issue id, and its articles still find it.
    expect(issueIdOfArticle(articleIdOf('3f2a9c81d0e4-2', 3))).toBe('3f2a9c81d0e4-2');
    expect(IssueIdSchema.safeParse('../etc').success).toBe(false);
    expect(ArticleIdSchema.safeParse(issueId).success).toBe(false);
  });
});

describe('masthead limits', () => {
  const values = { series: '科技情报参考', year: 2024, number: 3, totalNumber: 88, date: null, publisher: null, editor: null, reviewer: null, phone: null };
  const fields = { series: '科技情报参考', year: '', number: '3', totalNumber: '', date: '', publisher: '', editor: '', reviewer: '', phone: '' };

  it.each([
    [MASTHEAD_LIMITS.year.min, true],
    [MASTHEAD_LIMITS.year.max, true],
    [MASTHEAD_LIMITS.year.min - 1, false],
    [MASTHEAD_LIMITS.year.max + 1, false],
  ])('the review form, the import commit and the masthead editor agree on the year %i', (year, ok) => {
    expect(readFields({ ...fields, year: String(year) }).ok).toBe(ok);
    expect(MastheadPatchSchema.safeParse({ year }).success).toBe(ok);
    expect(ParsedIssueSchema.shape.year.safeParse(year).success).toBe(ok);
    expect(MastheadPatchSchema.safeParse({ ...values, year }).success).toBe(ok);
  });

  it('a series longer than the limit is refused by the form and by the API alike', () => {
    const long = '刊'.repeat(MASTHEAD_LIMITS.series + 1);
    expect(readFields({ ...fields, year: '2024', series: long }).ok).toBe(false);
    expect(MastheadPatchSchema.safeParse({ series: long }).success).toBe(false);
    expect(ParsedIssueSchema.shape.series.safeParse(long).success).toBe(false);
  });
});

describe('the colophon', () => {
  it('is printed by the text and Markdown exports as the bulletin prints it', () => {
    const issue = { editor: '李涛', reviewer: null, phone: '4366683' } satisfies Pick<Issue, 'editor' | 'reviewer' | 'phone'>;
    expect(colophonLines(issue)).toEqual(['编辑：李涛', '电话：4366683']);
    const doc = {
      issue: IssueSchema.parse({
        id: 'abcd1234',
        series: '科技情报参考',
        year: 2024,
        number: 3,
        totalNumber: null,
        date: null,
        publisher: null,
        ...issue,
        warnings: [],
        needsReview: false,
        importedAt: '2024-03-01T00:00:00.000Z',
        original: { sha256: 'a'.repeat(64), ext: 'txt', name: 'a.txt', size: 1, encoding: 'utf-8' },
        articles: [],
      }),
      articles: [],
    };
    expect(issueToText(doc)).toContain('编辑：李涛　电话：4366683');
    expect(issueToMarkdown(doc)).toContain('编辑：李涛　电话：4366683');
  });
});
