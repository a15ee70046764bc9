import { useTranslation } from 'react-i18next';
import type { Article, Issue } from '../../../shared/catalog';
import { AnnotatedBody } from '../annotations/AnnotatedBody';
import { AnnotationPanel } from '../annotations/AnnotationPanel';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { numberLabel } from '../format';
import { useArticle } from '../hooks/useArticle';
import { useIssue } from '../hooks/useIssue';
import { openArticle, openLibrary } from '../store/navigation';
import { useStore } from '../store/store';
import { ArticleFind } from '../search/ArticleFind';
import { BasketButton } from '../print/BasketButton';
import { closeDrawers, useEscapeClosesDrawer, useReaderPanelLayout } from '../layout/panels';
import { ArticleScan } from '../scan/ArticleScan';

export function ArticleView({ issueId, articleId }: { issueId: string; articleId: string }) {
  const issue = useIssue(issueId);
  const article = useArticle(articleId);
  if (issue.load.status === 'error') {
    return <ErrorMessage error={issue.load.error} onRetry={issue.retry} onBack={() => openLibrary()} />;
  }
  if (article.load.status === 'error') {
    return <ErrorMessage error={article.load.error} onRetry={article.retry} onBack={() => openLibrary()} />;
  }
  if (issue.load.status === 'loading' || article.load.status === 'loading') return <Loading />;
  return <Reader issue={issue.load.data} article={article.load.data} />;
}

function Reader({ issue, article }: { issue: Issue; article: Article }) {
  const { t } = useTranslation();
  const language = useStore((state) => state.language);
  const zoom = useStore((state) => state.zoom);
  const position = issue.articles.findIndex((entry) => entry.id === article.id);
  const previous = position > 0 ? issue.articles[position - 1] : undefined;
  const next = position >= 0 ? issue.articles[position + 1] : undefined;
  const meta: [string, string][] = [
    [t('article.column'), article.column],
    [t('article.region'), article.region],
    [t('article.source'), article.source],
    [t('article.page'), article.page === null ? null : t('article.pageValue', { page: article.page })],
  ].filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== '');

  const panel = useReaderPanelLayout(zoom);
  useEscapeClosesDrawer(panel.mode === 'over');

  // The find bar has a row of its own above the scrolling page, so it never covers a line.
  return (
    <div className="reader-frame">
      <ArticleFind article={article} />
      <div className="page-scroll with-annotations reader-layout" data-panel={panel.mode}>
        <div className="reader-column" style={{ fontSize: `${zoom * 1.1875}rem` }}>
          <article className="sheet reader" aria-labelledby="article-title" data-search-root>
            <p className="reader-kicker">
              <span lang="zh-CN">{issue.series}</span>
              <span aria-hidden="true"> · </span>
              <span>{numberLabel(issue, language)}</span>
              <span aria-hidden="true"> · </span>
              <span>{t('article.position', { index: position + 1, total: issue.articles.length })}</span>
            </p>
            <h1 id="article-title" className="reader-title" lang="zh-CN" data-part="title">
              {article.title}
            </h1>
            {meta.length > 0 && (
              <dl className="reader-meta" aria-label={t('article.meta')}>
                {meta.map(([label, value]) => (
                  <div key={label} className="reader-meta-item">
                    <dt>{label}</dt>
                    <dd lang="zh-CN">{value}</dd>
                  </div>
                ))}
              </dl>
            )}
            <ArticleScan issue={issue} article={article} />
            <AnnotatedBody article={article} />
          </article>
          <nav className="pager" aria-label={t('article.articleNav')}>
            <PagerLink issueId={issue.id} target={previous} direction="previous" />
            <PagerLink issueId={issue.id} target={next} direction="next" />
          </nav>
          <BasketButton articleId={article.id} />
          <p className="reader-hint">{t('article.keys')}</p>
        </div>
        {/* Kept while folded (hidden), so its toggle always has what it controls. */}
        <div id="annotation-panel" className="reader-aside" data-mode={panel.mode} hidden={panel.mode === 'folded'}>
          {panel.mode === 'over' && (
            <button type="button" className="icon-button reader-aside-close" onClick={closeDrawers} title={t('layout.panelClose')}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{t('layout.panelClose')}</span>
            </button>
          )}
          <AnnotationPanel articleId={article.id} />
        </div>
      </div>
    </div>
  );
}

function PagerLink({
  issueId,
  target,
  direction,
}: {
  issueId: string;
  target: { id: string; title: string } | undefined;
  direction: 'previous' | 'next';
}) {
  const { t } = useTranslation();
  if (!target) {
    return (
      <span className={`pager-item pager-${direction} pager-end`}>{t(direction === 'previous' ? 'article.first' : 'article.last')}</span>
    );
  }
  return (
    <button type="button" className={`pager-item pager-${direction}`} onClick={() => openArticle(issueId, target.id)}>
      <span className="pager-label">
        {direction === 'previous' ? '← ' : ''}
        {t(direction === 'previous' ? 'article.previous' : 'article.next')}
        {direction === 'next' ? ' →' : ''}
      </span>
      <span className="pager-title" lang="zh-CN">
        {target.title}
      </span>
    </button>
  );
}
