import type { Issue } from '../../shared/catalog';
import { blankCatalogueFields } from '../../shared/catalogue-fields';

/**
 * An issue built by hand (titles and sections as given), as the JSON export format that the
 * core restores: how tests put exact, hostile or unusual text into a library without a parser.
 */
export function handmadeIssueExport(
  titles: readonly string[],
  sections: (index: number) => { heading: string | null; paragraphs: string[] }[],
  overrides: Partial<Omit<Issue, 'id' | 'articles' | 'files'>> = {},
): { issue: Issue; json: string } {
  const id = 'abcdef012345';
  const issue: Issue = {
    ...blankCatalogueFields(),
    files: [],
    id,
    series: '测试简报',
    year: 2024,
    number: 1,
    totalNumber: null,
    numberTo: null,
    supplement: false,
    date: '2024-06-18',
    publisher: '测试单位',
    editor: '李涛',
    reviewer: null,
    phone: null,
    warnings: [],
    needsReview: false,
    importedAt: '2024-06-18T00:00:00.000Z',
    original: { sha256: 'f'.repeat(64), ext: 'txt', name: 'test.txt', size: 1, encoding: 'utf-8' },
    ...overrides,
    articles: titles.map((title, i) => ({ id: `${id}-${i + 1}`, index: i + 1, title, page: null, column: null, region: null, source: null })),
  };
  const articles = issue.articles.map((meta, i) => ({ ...meta, issueId: id, sections: sections(i) }));
  return { issue, json: JSON.stringify({ format: 'bulletin-archive/issue', version: 2, issue, articles, originalBase64: null }) };
}
