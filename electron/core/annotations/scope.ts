import type { Annotation } from '../../../shared/annotations';
import { ArchiveError } from '../errors';
import type { Catalogue } from './catalogue';

/** What an export covers: one article, one issue, or the whole library. */
export type ExportScope = { kind: 'article'; articleId: string } | { kind: 'issue'; issueId: string } | { kind: 'all' };

export function annotationsInScope(annotations: readonly Annotation[], catalogue: Catalogue, scope: ExportScope): Annotation[] {
  switch (scope.kind) {
    case 'all':
      return [...annotations];
    case 'issue': {
      if (!catalogue.issue(scope.issueId)) throw new ArchiveError('not-found', `No issue with id ${scope.issueId} in this library.`);
      return annotations.filter((a) => catalogue.resolve(a.target)?.issue.id === scope.issueId);
    }
    case 'article': {
      if (!catalogue.article(scope.articleId))
        throw new ArchiveError('not-found', `No article with id ${scope.articleId} in this library.`);
      return annotations.filter((a) => {
        const resolved = catalogue.resolve(a.target);
        return resolved?.kind === 'article' && resolved.article.id === scope.articleId;
      });
    }
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}
