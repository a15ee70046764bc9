import { useTranslation } from 'react-i18next';
import { useSay } from '../i18n/messages';
import type { Issue } from '../../../shared/catalog';
import { IssueAnnotationActions } from '../annotations/IssueAnnotationActions';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDate, numberLabel } from '../format';
import { useIssue } from '../hooks/useIssue';
import { IssueCatalogue } from '../review/IssueCatalogue';
import { IssueRecord } from '../catalogue/IssueRecord';
import { openArticle, openLibrary } from '../store/navigation';
import { useStore } from '../store/store';
import { IssueUnplacedText } from './UnplacedText';

export function IssueView({ issueId }: { issueId: string }) {
  const { load, retry } = useIssue(issueId);
  switch (load.status) {
    case 'loading':
      return <Loading />;
    case 'error':
      return <ErrorMessage error={load.error} onRetry={retry} onBack={() => openLibrary()} />;
    case 'ready':
      return <IssueSheet issue={load.data} />;
    default: {
      const unreachable: never = load;
      return unreachable;
    }
  }
}

function IssueSheet({ issue }: { issue: Issue }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const language = useStore((state) => state.language);
  const colophon = [
    issue.editor && t('issue.editor', { name: issue.editor }),
    issue.reviewer && t('issue.reviewer', { name: issue.reviewer }),
    issue.phone && t('issue.phone', { phone: issue.phone }),
  ].filter((line): line is string => Boolean(line));

  return (
    <div className="page-scroll">
      <IssueCatalogue issue={issue} />
      <article className="sheet issue-sheet" lang="zh-CN">
        <header className="masthead">
          <h1 className="masthead-series">{issue.series}</h1>
          <p className="masthead-number" lang={language}>
            {numberLabel(issue, language)}
          </p>
          <div className="masthead-line">
            <span>{issue.publisher ?? ''}</span>
            <span>{issue.date ? formatDate(issue.date, language) : ''}</span>
          </div>
        </header>

        <nav className="toc" aria-labelledby="toc-title">
          <h2 id="toc-title" className="toc-title" lang={language}>
            {t('issue.toc')}
          </h2>
          <ol className="toc-list">
            {issue.articles.map((article) => (
              <li key={article.id}>
                <button type="button" className="toc-entry" onClick={() => openArticle(issue.id, article.id)}>
                  <span className="toc-star" aria-hidden="true">
                    ★
                  </span>
                  <span className="toc-text">
                    {article.column && <span className="toc-column">【{article.column}】</span>}
                    <span className="toc-title-text">{article.title}</span>
                  </span>
                  <span className="toc-leader" aria-hidden="true" />
                  {article.page !== null && (
                    <span className="toc-page" aria-label={t('issue.pageLabel', { page: article.page })}>
                      {article.page}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ol>
        </nav>

        {colophon.length > 0 && (
          <footer className="colophon">
            {colophon.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </footer>
        )}
      </article>

      <IssueUnplacedText key={issue.id} issue={issue} />

      <aside className="sheet-notes" lang={language}>
        <IssueAnnotationActions issueId={issue.id} />
        <p>{t('issue.articleCount', { count: issue.articles.length })}</p>
        <p>{t('issue.original', { name: issue.original.name })}</p>
        {issue.warnings.length > 0 && (
          <details className="warnings">
            <summary>
              {t('issue.warnings')} ({issue.warnings.length})
            </summary>
            <ul>
              {issue.warnings.map((warning, index) => (
                <li key={index}>{say(warning)}</li>
              ))}
            </ul>
          </details>
        )}
      </aside>
      <IssueRecord issue={issue} />
    </div>
  );
}
