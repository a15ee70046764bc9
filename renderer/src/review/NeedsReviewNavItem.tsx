import { useTranslation } from 'react-i18next';
import { navigate } from '../store/navigation';
import { useStore } from '../store/store';

/** The sidebar's "needs review" entry, with how many issues wait for a cataloguer. */
export function NeedsReviewNavItem() {
  const { t } = useTranslation();
  const current = useStore((state) => state.view.kind === 'needs-review');
  const count = useStore((state) => (state.issues.status === 'ready' ? state.issues.data.filter((issue) => issue.needsReview).length : 0));
  return (
    <button type="button" className="nav-item" aria-current={current ? 'page' : undefined} onClick={() => navigate({ kind: 'needs-review' })}>
      <span>{t('review.needs.nav')}</span>
      {count > 0 && (
        <span className="nav-count nav-count-warn">
          {count}
          <span className="visually-hidden"> {t('review.needs.count', { count })}</span>
        </span>
      )}
    </button>
  );
}
