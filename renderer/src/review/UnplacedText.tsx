import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnplacedLine } from '../../../shared/bulletin';

/**
 * Lines of the source no rule placed, never dropped: each can be added to an article (at its end,
 * as a paragraph) or discarded deliberately. Used on the review screen, before import, and on
 * the issue page, after it; the caller says what assigning and discarding do there.
 */
export function UnplacedText({
  idPrefix,
  lines,
  articleTitles,
  disabled = false,
  notice = null,
  onAssign,
  onDiscard,
  onLocate,
}: {
  idPrefix: string;
  lines: readonly UnplacedLine[];
  articleTitles: readonly string[];
  disabled?: boolean;
  notice?: string | null;
  onAssign: (line: UnplacedLine, article: number) => void;
  onDiscard: (line: UnplacedLine) => void;
  onLocate?: (line: UnplacedLine) => void;
}) {
  const { t } = useTranslation();
  if (lines.length === 0 && !notice) return null;
  return (
    <section className="unplaced-text" aria-labelledby={`${idPrefix}-unplaced-title`}>
      <h2 id={`${idPrefix}-unplaced-title`} className="review-section-title">
        <span aria-hidden="true">⚠ </span>
        {t('review.doubts.unplaced.heading', { count: lines.length })}
      </h2>
      <p className="muted">{t('review.doubts.unplaced.hint')}</p>
      <p className="review-notice" role="status">
        {notice}
      </p>
      <ul className="unplaced-lines">
        {lines.map((line) => (
          <UnplacedItem
            key={line.line}
            idPrefix={idPrefix}
            line={line}
            articleTitles={articleTitles}
            disabled={disabled}
            onAssign={onAssign}
            onDiscard={onDiscard}
            onLocate={onLocate}
          />
        ))}
      </ul>
    </section>
  );
}

function UnplacedItem({
  idPrefix,
  line,
  articleTitles,
  disabled,
  onAssign,
  onDiscard,
  onLocate,
}: {
  idPrefix: string;
  line: UnplacedLine;
  articleTitles: readonly string[];
  disabled: boolean;
  onAssign: (line: UnplacedLine, article: number) => void;
  onDiscard: (line: UnplacedLine) => void;
  onLocate?: (line: UnplacedLine) => void;
}) {
  const { t } = useTranslation();
  const [article, setArticle] = useState('');
  const id = `${idPrefix}-unplaced-${line.line}`;
  const number = line.line + 1;
  return (
    <li className="unplaced-line">
      <p className="unplaced-line-text">
        <span className="unplaced-line-number">{t('review.doubts.unplaced.line', { line: number })}</span>
        <span lang="zh-CN">{line.text}</span>
      </p>
      <div className="unplaced-line-actions">
        <label htmlFor={id} className="visually-hidden">
          {t('review.doubts.unplaced.assignLabel', { line: number })}
        </label>
        <select id={id} value={article} disabled={disabled} onChange={(event) => setArticle(event.target.value)}>
          <option value="">{t('review.doubts.unplaced.choose')}</option>
          {articleTitles.map((title, index) => (
            <option key={index} value={String(index)} lang="zh-CN">
              {index + 1}. {title}
            </option>
          ))}
        </select>
        <button type="button" className="button button-small" disabled={disabled || article === ''} onClick={() => onAssign(line, Number(article))}>
          {t('review.doubts.unplaced.assign')}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={disabled}
          aria-label={t('review.doubts.unplaced.discardLabel', { line: number, text: line.text })}
          onClick={() => onDiscard(line)}
        >
          {t('review.doubts.unplaced.discard')}
        </button>
        {onLocate && (
          <button type="button" className="button button-small" onClick={() => onLocate(line)}>
            {t('review.doubts.unplaced.locate')}
          </button>
        )}
      </div>
    </li>
  );
}
