import type { IssueTexts } from '../../../shared/catalog';
import type { IndexableIssue } from '../../../electron/core/search/document';
import type { SearchSource } from '../../../electron/core/search/library-search';

/** A library without files: issues and texts in memory, for tests of the index alone. */
export class FakeSource implements SearchSource {
  private list: IndexableIssue[] = [];
  private readonly texts = new Map<string, IssueTexts>();

  constructor(readonly dir: string) {}

  issues(): readonly IndexableIssue[] {
    return this.list;
  }

  async getTexts(issueId: string): Promise<IssueTexts> {
    const texts = this.texts.get(issueId);
    if (!texts) throw new Error(`no texts for ${issueId}`);
    return texts;
  }

  add(issue: IndexableIssue, texts: IssueTexts): void {
    this.list = [...this.list, issue];
    this.texts.set(issue.id, texts);
  }

  remove(issueId: string): void {
    this.list = this.list.filter((i) => i.id !== issueId);
  }
}

export interface FakeArticle {
  title: string;
  paragraphs: string[];
  region?: string;
  column?: string;
}

/** An issue of the given articles; ids are `<id>-1`, `<id>-2`… as the library makes them. */
export function fakeIssue(
  id: string,
  series: string,
  year: number,
  number: number,
  articles: FakeArticle[],
): { issue: IndexableIssue; texts: IssueTexts } {
  return {
    issue: {
      id,
      series,
      year,
      number,
      date: null,
      publisher: null,
      editor: null,
      importedAt: `${year}-01-01T00:00:00.000Z`,
      original: { sha256: id.padEnd(64, '0'), ext: 'txt', name: `${id}.txt`, size: 0, encoding: 'utf-8' },
      articles: articles.map((a, i) => ({
        id: `${id}-${i + 1}`,
        index: i + 1,
        title: a.title,
        page: null,
        column: a.column ?? null,
        region: a.region ?? null,
        source: null,
      })),
    },
    texts: {
      schemaVersion: 1,
      issueId: id,
      articles: articles.map((a, i) => ({ id: `${id}-${i + 1}`, sections: [{ heading: null, paragraphs: a.paragraphs }] })),
    },
  };
}
