import { articleSource, issueSource, parseSource } from '../../../../shared/annotations';
import type { Annotation } from '../../../../shared/annotations';
import type { Issue, IssueTexts } from '../../../../shared/catalog';
import type { HistoryEntry, IssueState } from '../../../../shared/history';

/**
 * Issue ids are each library's own (docs/package-format.md, "Identity across libraries"): a
 * packaged issue merged under another id takes its articles, texts, annotations and history
 * lines along, every id that names it rewritten. An article keeps its number in the issue.
 */

export function articleIdMoved(articleId: string, from: string, to: string): string {
  return articleId.startsWith(`${from}-`) ? `${to}${articleId.slice(from.length)}` : articleId;
}

export function issueMoved(issue: Issue, to: string): Issue {
  const from = issue.id;
  if (from === to) return issue;
  return { ...issue, id: to, articles: issue.articles.map((a) => ({ ...a, id: articleIdMoved(a.id, from, to) })) };
}

export function textsMoved(texts: IssueTexts, from: string, to: string): IssueTexts {
  if (from === to) return texts;
  return { ...texts, issueId: to, articles: texts.articles.map((a) => ({ ...a, id: articleIdMoved(a.id, from, to) })) };
}

export function annotationMoved(annotation: Annotation, from: string, to: string): Annotation {
  if (from === to) return annotation;
  const source = parseSource(annotation.target.source);
  if (!source) return annotation;
  const moved =
    source.kind === 'article' ? articleSource(articleIdMoved(source.articleId, from, to)) : source.issueId === from ? issueSource(to) : annotation.target.source;
  return { ...annotation, target: { ...annotation.target, source: moved } };
}

function stateMoved(state: IssueState | null, from: string, to: string): IssueState | null {
  if (!state || state.issue.id !== from) return state;
  return { issue: issueMoved(state.issue, to), ...(state.texts && { texts: textsMoved(state.texts, from, to) }) };
}

/** A history line of the package, as the library keeps it: the same id and time, the library's issue id. */
export function historyLineMoved(entry: HistoryEntry, from: string, to: string): HistoryEntry {
  if (from === to) return entry;
  return { ...entry, issueId: to, before: stateMoved(entry.before, from, to), after: stateMoved(entry.after, from, to) };
}
