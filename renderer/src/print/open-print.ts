import { navigate } from '../store/navigation';
import { getState } from '../store/store';
import { basketArticles } from './basket';

/**
 * The print command: from an article or an issue, its print view; in the print view, the
 * print dialog (the system's in Electron, the browser's otherwise) for what it shows.
 */
export function openPrintView(): void {
  const { view } = getState();
  switch (view.kind) {
    case 'article':
      return navigate({ kind: 'print', target: { kind: 'article', articleId: view.articleId } });
    case 'issue':
      return navigate({ kind: 'print', target: { kind: 'issue', issueId: view.issueId } });
    case 'print':
    // The run of a series prints as it is shown (its own print styles).
    case 'series':
    case 'gaps':
    case 'stats':
      return window.print();
    default:
      return openBasket();
  }
}

export function openBasket(): void {
  navigate({ kind: 'print', target: { kind: 'articles', articleIds: [...basketArticles()] } });
}
