import type { Article, Issue, IssueSummary } from '../../../shared/catalog';
import { summariseIssue } from '../../../shared/catalog';
import type { ImportOutcome } from '../../../shared/contract';
import { ArchiveError } from '../../../electron/core/errors';
import type { LibraryPort } from '../../../electron/core/api/library-port';

/** A throwaway in-memory library for transport tests. Never shipped. */
export class FakeLibrary implements LibraryPort {
  readonly dir = '/tmp/fake-library';
  readonly notices: string[] = [];
  readonly imported: { name: string; bytes: Uint8Array }[] = [];
  private readonly issues = new Map<string, Issue>();
  failNextWith: Error | null = null;

  constructor(issues: Issue[] = [fakeIssue()]) {
    for (const issue of issues) this.issues.set(issue.id, issue);
  }

  listIssues(): IssueSummary[] {
    this.throwIfArmed();
    return [...this.issues.values()].map(summariseIssue);
  }

  getIssue(issueId: string): Issue {
    this.throwIfArmed();
    const issue = this.issues.get(issueId);
    if (!issue) throw new ArchiveError('not-found', `No issue ${issueId} in this library.`);
    return issue;
  }

  async getArticle(articleId: string): Promise<Article> {
    this.throwIfArmed();
    for (const issue of this.issues.values()) {
      const meta = issue.articles.find((article) => article.id === articleId);
      if (meta) {
        return { ...meta, issueId: issue.id, sections: [{ heading: null, paragraphs: [`正文 ${meta.title}`] }] };
      }
    }
    throw new ArchiveError('not-found', `No article ${articleId} in this library.`);
  }

  async importBulletin(file: { name: string; bytes: Uint8Array }): Promise<ImportOutcome> {
    this.throwIfArmed();
    this.imported.push(file);
    const text = new TextDecoder().decode(file.bytes);
    if (!text.includes('期')) {
      return { status: 'failed', file: file.name, code: 'not-a-bulletin', message: `${file.name} is not a bulletin.` };
    }
    return { status: 'imported', file: file.name, issueId: 'fake-0002', message: 'Imported.' };
  }

  async importSample(): Promise<ImportOutcome> {
    return { status: 'duplicate', file: 'sample.txt', issueId: 'fake-0001', message: 'Already in the library.' };
  }

  private throwIfArmed(): void {
    const error = this.failNextWith;
    this.failNextWith = null;
    if (error) throw error;
  }
}

export function fakeIssue(overrides: Partial<Issue> = {}): Issue {
  const id = overrides.id ?? 'fake-0001';
  return {
    id,
    series: '科技情报参考',
    year: 2024,
    number: 3,
    totalNumber: null,
    date: null,
    publisher: '呼和浩特市科学技术局综合保障中心',
    editor: '李涛',
    reviewer: null,
    phone: null,
    warnings: [],
    needsReview: false,
    importedAt: '2024-04-01T00:00:00.000Z',
    original: { sha256: 'a'.repeat(64), ext: 'txt', name: 'sample.txt', size: 10, encoding: 'utf-8' },
    articles: [1, 2].map((index) => ({
      id: `${id}-${index}`,
      index,
      title: `文章 ${index}`,
      page: index * 2,
      column: null,
      region: null,
      source: null,
    })),
    ...overrides,
  };
}
