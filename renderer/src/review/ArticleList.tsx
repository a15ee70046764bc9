import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParsedArticle } from '../../../shared/bulletin';
import { paragraphCount, paragraphsOf } from './article-edits';
import { mergeArticle, setArticleTitle, splitArticleAt, undoArticles } from './review-actions';
import { SplitForm } from './SplitForm';

const EXCERPT = 70;

/** The articles of the draft: rename in place, merge into the previous one, split at a paragraph. */
export function ArticleList({
  articles,
  selected,
  invalid,
  canUndo,
  notice,
  disabled,
  onSelect,
}: {
  articles: readonly ParsedArticle[];
  selected: number | null;
  invalid: ReadonlySet<number>;
  canUndo: boolean;
  notice: string | null;
  disabled: boolean;
  onSelect: (index: number) => void;
}) {
  const { t } = useTranslation();
  const [splitting, setSplitting] = useState<number | null>(null);

  return (
    <section className="review-articles" aria-labelledby="review-articles-title">
      <div className="review-section-head">
        <h2 id="review-articles-title">{t('review.articles', { count: articles.length })}</h2>
        <p className="review-notice" role="status">
          {notice}
        </p>
        {canUndo && (
          <button type="button" className="button button-small" disabled={disabled} onClick={undoArticles}>
            {t('review.undo')}
          </button>
        )}
      </div>
      <ol className="review-article-list">
        {articles.map((article, index) => (
          <ArticleItem
            key={index}
            article={article}
            index={index}
            selected={selected === index}
            invalid={invalid.has(index)}
            disabled={disabled}
            splitting={splitting === index}
            onSelect={onSelect}
            onSplitting={(on) => setSplitting(on ? index : null)}
          />
        ))}
      </ol>
    </section>
  );
}

/** One article of the draft: its title to edit, what it holds, and locate / merge / split. */
function ArticleItem({
  article,
  index,
  selected,
  invalid,
  disabled,
  splitting,
  onSelect,
  onSplitting,
}: {
  article: ParsedArticle;
  index: number;
  selected: boolean;
  invalid: boolean;
  disabled: boolean;
  splitting: boolean;
  onSelect: (index: number) => void;
  onSplitting: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = `review-article-${index}`;
  const paragraphs = paragraphCount(article);
  const excerpt = paragraphsOf(article)[0]?.text ?? '';
  const meta = [
    article.page !== null ? t('review.pageValue', { page: article.page }) : null,
    paragraphs > 0 ? t('review.paragraphCount', { count: paragraphs }) : t('review.noText'),
    article.column ? `【${article.column}】` : null,
    article.region,
  ].filter((part): part is string => Boolean(part));
  return (
    <li
      key={index}
      className={`review-article${selected ? ' review-article-selected' : ''}`}
      onFocusCapture={() => {
        if (!selected) onSelect(index);
      }}
      onClick={() => onSelect(index)}
    >
      <div className="review-article-head">
        <span className="review-article-index" aria-hidden="true">
          {index + 1}
        </span>
        <label htmlFor={id} className="visually-hidden">
          {t('review.articleTitle', { index: index + 1 })}
        </label>
        <input
          id={id}
          className="review-title-input"
          type="text"
          lang="zh-CN"
          value={article.title}
          disabled={disabled}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${id}-problem` : undefined}
          onChange={(event) => setArticleTitle(index, event.target.value)}
        />
      </div>
      {invalid && (
        <p id={`${id}-problem`} className="field-problem">
          {t('review.invalid.title')}
        </p>
      )}
      <p className="review-article-meta">{meta.join(' · ')}</p>
      {excerpt && (
        <p className="review-article-excerpt" lang="zh-CN">
          {excerpt.length > EXCERPT ? `${excerpt.slice(0, EXCERPT)}…` : excerpt}
        </p>
      )}
      <div className="review-article-actions">
        <button
          type="button"
          className="button button-small"
          aria-label={t('review.locateLabel', { title: article.title })}
          onClick={() => onSelect(index)}
        >
          {t('review.locate')}
        </button>
        {index > 0 && (
          <button
            type="button"
            className="button button-small"
            disabled={disabled}
            aria-label={t('review.mergeLabel', { title: article.title })}
            onClick={(event) => {
              event.stopPropagation();
              onSplitting(false);
              mergeArticle(index);
              onSelect(index - 1);
            }}
          >
            {t('review.merge')}
          </button>
        )}
        <button
          type="button"
          className="button button-small"
          disabled={disabled || paragraphs < 2}
          title={paragraphs < 2 ? t('review.splitOnlyOne') : undefined}
          aria-label={t('review.splitLabel', { title: article.title })}
          aria-expanded={splitting}
          onClick={() => onSplitting(!splitting)}
        >
          {t('review.split')}
        </button>
      </div>
      {splitting && (
        <SplitForm
          article={article}
          onCancel={() => onSplitting(false)}
          onSplit={(at, title) => {
            onSplitting(false);
            splitArticleAt(index, at, title);
            onSelect(index + 1);
          }}
        />
      )}
    </li>
  );
}
