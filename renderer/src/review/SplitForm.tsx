import { useId, useState } from 'react';
import type { ParsedArticle } from '../../../shared/bulletin';
import { useTranslation } from 'react-i18next';
import { paragraphsOf, suggestedTitle } from './article-edits';
import type { ParagraphRef } from './article-edits';

const EXCERPT = 60;

/** Where to split an article: the paragraph that starts the new one, and its title. */
export function SplitForm({ article, onSplit, onCancel }: { article: ParsedArticle; onSplit: (at: ParagraphRef, title: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const entries = paragraphsOf(article);
  const [chosen, setChosen] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [titleTouched, setTitleTouched] = useState(false);
  const [problem, setProblem] = useState<'splitNeedsTitle' | 'splitNeedsParagraph' | null>(null);

  const choose = (position: number): void => {
    setChosen(position);
    setProblem(null);
    const entry = entries[position];
    // Offer the heading (or a short paragraph) as the title until the cataloguer types their own.
    if (entry && !titleTouched) setTitle(suggestedTitle(entry));
  };

  return (
    <form
      className="split-form"
      aria-labelledby={`${id}-legend`}
      onSubmit={(event) => {
        event.preventDefault();
        const entry = chosen === null ? undefined : entries[chosen];
        if (!entry) return setProblem('splitNeedsParagraph');
        if (title.trim() === '') return setProblem('splitNeedsTitle');
        onSplit({ section: entry.section, paragraph: entry.paragraph }, title);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <fieldset className="split-choices">
        <legend id={`${id}-legend`}>{t('review.splitLegend')}</legend>
        <div className="split-options">
          {entries.map((entry, position) => (
            <label key={`${entry.section}-${entry.paragraph}`} className={`split-option${position === 0 ? ' split-option-first' : ''}`}>
              <input type="radio" name={`${id}-at`} value={position} checked={chosen === position} disabled={position === 0} onChange={() => choose(position)} />
              <span className="split-option-text" lang="zh-CN">
                {entry.heading && <strong className="split-option-heading">{entry.heading}</strong>}
                <span>{entry.text.length > EXCERPT ? `${entry.text.slice(0, EXCERPT)}…` : entry.text}</span>
                {position === 0 && <span className="muted">{t('review.splitFirst')}</span>}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field field-wide">
        <label htmlFor={`${id}-title`}>{t('review.splitTitle')}</label>
        <input
          id={`${id}-title`}
          type="text"
          lang="zh-CN"
          value={title}
          aria-invalid={problem === 'splitNeedsTitle' ? true : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setTitle(event.target.value);
            setTitleTouched(true);
            setProblem(null);
          }}
        />
        <p id={`${id}-hint`} className="field-hint">
          {t('review.splitHint')}
        </p>
      </div>
      {problem && (
        <p className="field-problem" role="alert">
          {t(`review.${problem}`)}
        </p>
      )}
      <div className="split-actions">
        <button type="submit" className="button button-primary button-small">
          {t('review.splitConfirm')}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('review.cancel')}
        </button>
      </div>
    </form>
  );
}
