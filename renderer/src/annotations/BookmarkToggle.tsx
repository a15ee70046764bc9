import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../store/api';
import { setBookmark, useAnnotationRevision } from './state';

type Target = { kind: 'issue'; issueId: string } | { kind: 'article'; articleId: string };

/** A star for an issue or an article. */
export function BookmarkToggle({ target, initial }: { target: Target; initial?: boolean }) {
  const { t } = useTranslation();
  const revision = useAnnotationRevision();
  const [on, setOn] = useState<boolean | null>(initial ?? null);
  const key = target.kind === 'issue' ? target.issueId : target.articleId;
  useEffect(() => {
    if (initial !== undefined) return setOn(initial);
    let current = true;
    void call('bookmarks.status', { target }).then((result) => {
      if (current && result.ok) setOn(result.data.bookmarked);
    });
    return () => {
      current = false;
    };
    // The target is identified by its key; a new object for the same target changes nothing.
  }, [key, initial, revision]);
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
        if (next !== null) setOn(next);
      }}
    >
      <span aria-hidden="true">{on ? '★' : '☆'}</span> {on ? t('annotations.bookmarked') : t('annotations.bookmark')}
    </button>
  );
}
