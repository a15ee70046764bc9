import { describe, expect, it } from 'vitest';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import { writeDocx } from '../importers/helpers/docx-writer';
import { pdfFixture } from '../importers/helpers/fixtures';
import { sampleBytes, snapshot, tempDir } from '../../helpers/temp-library';

describe('importing PDF and Word bulletins into the library', () => {
  it('imports a PDF bulletin with its masthead, articles in ideographs (no radicals) and pages', async () => {
    const library = await openLibrary(tempDir(), { create: true });
    const outcome = await library.importBulletin({ name: 'bulletin-3p.pdf', bytes: pdfFixture('bulletin-3p.pdf') });
    expect(outcome.status).toBe('imported');
    const issue = library.findIssue('科技工作动态:2024:5');
    expect(issue.original.ext).toBe('pdf');
    expect(issue.articles.map((a) => a.page)).toEqual([2, 2, 3]);
    expect(issue.articles.map((a) => a.title).join('')).not.toMatch(/[\u2e80-\u2fdf]/);
    expect((await verifyLibrary(library)).problems).toEqual([]);
  });

  it('knows the PDF of an issue already imported as text for a duplicate', async () => {
    const library = await openLibrary(tempDir(), { create: true });
    await library.importBulletin({ name: 'kjqbck-2024-03.txt', bytes: sampleBytes() });
    const pdf = await library.importBulletin({ name: 'kjqbck-2024-03.pdf', bytes: pdfFixture('sample-kjqbck-2024-03.pdf') });
    expect(pdf).toMatchObject({ status: 'duplicate' });
  });

  it('imports a Word bulletin', async () => {
    const library = await openLibrary(tempDir(), { create: true });
    const docx = writeDocx([
      { runs: [{ text: '农业科技简报', bold: true }], style: 'Title' },
      { runs: [{ text: '2024 年第 2 期' }] },
      { runs: [{ text: '市农业农村局编' }] },
      { runs: [{ text: '春耕备耕科技服务全面展开' }], style: 'Heading1' },
      { runs: [{ text: '全市组织科技特派员深入田间地头，开展春耕备耕技术指导，发放技术资料一万余份。' }] },
      { runs: [{ text: '智慧农业示范基地投入使用' }], style: 'Heading1' },
      { runs: [{ text: '示范基地配备物联网监测设备，实现墒情、苗情实时监测。' }] },
    ]);
    const outcome = await library.importBulletin({ name: '简报.docx', bytes: docx });
    expect(outcome.status).toBe('imported');
    const issue = library.findIssue('农业科技简报:2024:2');
    expect(issue.original.ext).toBe('docx');
    expect(issue.articles.map((a) => a.title)).toEqual(['春耕备耕科技服务全面展开', '智慧农业示范基地投入使用']);
  });

  it.each([
    ['issue3371.pdf', 'encrypted-pdf'],
    // Read by OCR since issue 16: a screenshot of text with no masthead is a document to review.
    ['scanned-image-only.pdf', 'not-a-bulletin'],
    ['Pages-tree-refs.pdf', 'damaged-pdf'],
    ['REDHAT-1531897-0.pdf', 'damaged-pdf'],
  ])('refuses %s (%s) and leaves the library as it was', async (name, code) => {
    const dir = tempDir();
    const library = await openLibrary(dir, { create: true });
    const before = await snapshot(dir);
    const outcome = await library.importBulletin({ name, bytes: pdfFixture(name) });
    expect(outcome).toMatchObject({ status: 'failed', code });
    expect(await snapshot(dir)).toEqual(before);
  });
});
