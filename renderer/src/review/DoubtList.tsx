import { useTranslation } from 'react-i18next';
import type { ParsedArticle } from '../../../shared/bulletin';
import { doubtLabel, linesLabel, ruleLabel } from './doubt-label';
import type { Doubt } from './doubts';

/**
 * "To check": every doubtful part of the parse, each a button that shows its lines in the source
 * beside the form. Marked by an icon and words, never by colour alone.
 */
export function DoubtList({
  doubts,
  articles,
  active,
  onChoose,
}: {
  doubts: readonly Doubt[];
  /** The articles as the parser read them: evidence numbers articles as it did. */
  articles: readonly ParsedArticle[];
  active: string | null;
  onChoose: (doubt: Doubt) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="review-doubts" aria-labelledby="review-doubts-title">
      <h2 id="review-doubts-title" className="review-section-title">
        <span aria-hidden="true">⚠ </span>
        {t('review.doubts.heading', { count: doubts.length })}
      </h2>
      {doubts.length === 0 ? (
        <p className="muted">{t('review.doubts.none')}</p>
      ) : (
        <>
          <p className="muted">{t('review.doubts.hint')}</p>
          <ul className="review-doubt-list">
            {doubts.map((doubt) => (
              <li key={doubt.id}>
                <button
                  type="button"
                  id={doubt.id}
                  className={`review-doubt${active === doubt.id ? ' review-doubt-active' : ''}`}
                  aria-pressed={active === doubt.id}
                  onClick={() => onChoose(doubt)}
                >
                  <span className="review-doubt-what" lang="zh-CN">
                    {doubtLabel(t, doubt, articles)}
                  </span>
                  <span className="review-doubt-why">
                    {doubt.rule !== null && <span>{t('review.doubts.rule', { rule: ruleLabel(t, doubt.rule) })}</span>}
                    <span>{linesLabel(t, doubt.lines)}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
