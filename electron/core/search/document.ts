import type { Issue, IssueTexts } from '../../../shared/catalog';
import type { DocInfo } from './segment';

/**
 * One article as the index sees it. `parts` are searched separately (no match runs from one
 * paragraph into the next): the title first, then headings and paragraphs in reading order, then
 * the article's catalogue facts (region, column, source, publisher, editor) so that they can be
 * searched too. Not the series: its name (科技情报参考) holds common words, and every article of
 * the series would match 科技; the series is a filter instead.
 */
export interface SearchDocument extends DocInfo {
  parts: string[];
}

/** The fields of an issue the index reads: a Library's issues have them, and so do test fakes. */
export type IndexableIssue = Pick<
  Issue,
  'id' | 'series' | 'year' | 'number' | 'date' | 'publisher' | 'editor' | 'importedAt' | 'original' | 'articles'
>;

export function documentsOfIssue(issue: IndexableIssue, texts: Pick<IssueTexts, 'articles'>): SearchDocument[] {
  const bodies = new Map(texts.articles.map((a) => [a.id, a.sections]));
  const year = issue.year ?? yearOfDate(issue.date);
  return issue.articles.map((meta) => {
    const parts = [meta.title];
    for (const section of bodies.get(meta.id) ?? []) {
      if (section.heading !== null) parts.push(section.heading);
      parts.push(...section.paragraphs);
    }
    for (const fact of [meta.region, meta.column, meta.source, issue.publisher, issue.editor]) {
      if (fact) parts.push(fact);
    }
    return {
      articleId: meta.id,
      issueId: issue.id,
      title: meta.title,
      series: issue.series,
      year,
      number: issue.number,
      region: meta.region,
      column: meta.column,
      parts,
    };
  });
}

function yearOfDate(date: string | null): number | null {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : null;
}

/**
 * Changes whenever what the index holds for the issue could change: a new import of the same id,
 * re-parsed articles, a changed title, region or column. Text edits must change the catalogue
 * entry too (they do not exist yet); reading every texts file on open would cost the fast reopen.
 */
export function issueFingerprint(issue: IndexableIssue): string {
  const articles = issue.articles.map((a) => `${a.id}|${a.title}|${a.region ?? ''}|${a.column ?? ''}|${a.source ?? ''}`).join('\n');
  const facts = [issue.series, issue.year, issue.number, issue.date, issue.publisher, issue.editor].map((f) => f ?? '').join('|');
  return `${issue.original.sha256}:${issue.importedAt}:${fnv1a(`${facts}\n${articles}`)}`;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16);
}
