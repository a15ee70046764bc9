import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditedArticle } from '../../../shared/article-edit';
import type { Issue } from '../../../shared/catalog';
import { mergeIntoPrevious } from '../review/article-edits';
import { call } from '../store/api';
import { saveArticles } from './record-actions';
import { FormActions, FormOutcome } from './FormParts';
import type { FormMessage } from './FormParts';

/**
 * Editing an issue's articles after import (issue 14): titles, regions, columns, order and
 * merging, with the review screen's own merge rule (review/article-edits.ts), saved as one change.
 */
export function ArticleEditor({ issue }: { issue: Issue }) {
  const { t } = useTranslation();
  const [articles, setArticles] = useState<EditedArticle[] | null>(null);
  const [message, setMessage] = useState<FormMessage | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async (): Promise<void> => {
    setBusy(true);
    const loaded = await Promise.all(issue.articles.map((a) => call('articles.get', { articleId: a.id })));
    setBusy(false);
    const failed = loaded.find((r) => !r.ok);
    if (failed && !failed.ok) return setMessage({ phrase: { error: failed.error }, error: true });
    setArticles(
      loaded.flatMap((r) => (r.ok ? [{ from: [r.data.id], title: r.data.title, page: r.data.page, column: r.data.column, region: r.data.region, source: r.data.source, sections: r.data.sections }] : [])),
    );
  };
  const change = (index: number, patch: Partial<EditedArticle>) => setArticles((list) => list && list.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  const move = (index: number, by: -1 | 1) =>
    setArticles((list) => {
      if (!list || !list[index + by]) return list;
      const next = list.slice();
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      return next;
    });
  const merge = (index: number) =>
    setArticles((list) => {
      if (!list || index < 1) return list;
      const merged = mergeIntoPrevious(list, index);
      // The merged article carries both sources, so their marks follow it.
      return merged.map((a, i) => (i === index - 1 ? { ...(a as EditedArticle), from: [...list[index - 1]!.from, ...list[index]!.from] } : (a as EditedArticle)));
    });
  const save = async (): Promise<void> => {
    if (!articles) return;
    setBusy(true);
    const result = await saveArticles(issue.id, articles);
    setBusy(false);
    if (result.ok) {
      setArticles(null);
      setMessage({ phrase: { key: 'catalogue.saved' }, error: false });
    } else setMessage({ phrase: { key: 'catalogue.failed', values: { reason: { error: result.error } } }, error: true });
  };

  return (
    <section className="catalogue-articles" aria-labelledby="catalogue-articles-title">
      <header className="catalogue-card-head">
        <h2 id="catalogue-articles-title">{t('catalogue.articles')}</h2>
        {!articles && (
          <button type="button" className="button button-small" onClick={() => void start()} disabled={busy}>
            {t('catalogue.articles')}
          </button>
        )}
      </header>
      {articles && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <p className="catalogue-hint">{t('catalogue.articlesHint')}</p>
          <ol className="catalogue-article-list">
            {articles.map((article, index) => (
              <li key={article.from.join('+')}>
                <label className="catalogue-input catalogue-input-wide">
                  <span>{t('catalogue.title')}</span>
                  <input name={`title-${index}`} value={article.title} onChange={(event) => change(index, { title: event.target.value })} />
                </label>
                <label className="catalogue-input">
                  <span>{t('catalogue.region')}</span>
                  <input value={article.region ?? ''} onChange={(event) => change(index, { region: event.target.value })} />
                </label>
                <label className="catalogue-input">
                  <span>{t('catalogue.column')}</span>
                  <input value={article.column ?? ''} onChange={(event) => change(index, { column: event.target.value })} />
                </label>
                <div className="catalogue-article-actions">
                  <button type="button" className="button button-small" onClick={() => move(index, -1)} disabled={index === 0}>
                    {t('catalogue.up')}
                  </button>
                  <button type="button" className="button button-small" onClick={() => move(index, 1)} disabled={index === articles.length - 1}>
                    {t('catalogue.down')}
                  </button>
                  <button type="button" className="button button-small" onClick={() => merge(index)} disabled={index === 0}>
                    {t('catalogue.merge')}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <FormActions busy={busy} onCancel={() => setArticles(null)} />
        </form>
      )}
      <FormOutcome message={message} />
    </section>
  );
}
