import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shownData, useApi } from '../hooks/useApi';
import { setBookmark, useAnnotationRevision } from './state';

type Target = { kind: 'issue'; issueId: string } | { kind: 'article'; articleId: string };

/** A star for an issue or an article. */
export function BookmarkToggle({ target, initial }: { target: Target; initial?: boolean }) {
  const { t } = useTranslation();
  const revision = useAnnotationRevision();
  // Asked only when the caller does not know; the answer is compared by value, so a new object for the same target asks nothing.
  const asked = useApi('bookmarks.status', initial === undefined ? { target } : null, revision).state;
  // A click's answer is shown until the next one arrives.
  const [clicked, setClicked] = useState<{ revision: number; on: boolean } | null>(null);
  const on: boolean | null =
    clicked?.revision === revision ? clicked.on : (initial ?? shownData(asked)?.bookmarked ?? null);
  const label = target.kind === 'issue' ? t('annotations.bookmarkIssue') : t('annotations.bookmarkArticle');
  return (
    <button
      type="button"
      className={`button button-small bookmark-toggle${on ? ' is-on' : ''}`}
      aria-pressed={on ?? false}
      title={on ? t('annotations.unbookmark') : label}
      disabled={on === null}
      onClick={async () => {
        const next = await setBookmark(target, !on, target.kind === 'article' ? target.articleId : null);
        if (next !== null) setClicked({ revision: revision + 1, on: next });
      }}
    >
      <span aria-hidden="true">{on ? '★' : '☆'}</span> {on ? t('annotations.bookmarked') : t('annotations.bookmark')}
    </button>
  );
}
