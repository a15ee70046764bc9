import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../shared/catalog';
import type { HistoryRow } from '../../../shared/history';
import { formatDate } from '../format';
import { FormOutcome } from './FormParts';
import type { FormMessage } from './FormParts';
import { call } from '../store/api';
import { undoLast } from './record-actions';

/** The issue's history, newest first: what changed, before → after, by whom and with which program; undo and export. */
export function HistoryPanel({ issue }: { issue: Issue }) {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<HistoryRow[] | null>(null);
  const [message, setMessage] = useState<FormMessage | null>(null);
  const [busy, setBusy] = useState(false);

  // The issue object changes with every saved change: the history is read again then.
  useEffect(() => {
    let current = true;
    void call('history.list', { issueId: issue.id }).then((result) => {
      if (current && result.ok) setRows(result.data);
    });
    return () => {
      current = false;
    };
  }, [issue]);

  const undo = async (): Promise<void> => {
    setBusy(true);
    const result = await undoLast(issue.id);
    setBusy(false);
    setMessage(result.ok ? { phrase: { key: 'catalogue.undone' }, error: false } : { phrase: { error: result.error }, error: true });
  };
  // Catalogue fields by their name in the reader's language; masthead fields by the review screen's.
  const fieldName = (field: string) =>
    i18n.exists(`catalogue.fields.${field}`) ? t(`catalogue.fields.${field}`) : i18n.exists(`review.fields.${field}`) ? t(`review.fields.${field}`) : field === 'articles' ? t('catalogue.articles') : field;
  const when = (at: string) => formatDate(at, i18n.language === 'en' ? 'en' : 'zh-CN');

  return (
    <section className="catalogue-history" aria-labelledby="catalogue-history-title" data-testid="issue-history">
      <header className="catalogue-card-head">
        <h2 id="catalogue-history-title">{t('catalogue.history')}</h2>
        <div className="catalogue-history-actions">
          <button type="button" className="button button-small" onClick={() => void undo()} disabled={busy}>
            {t('catalogue.undo')}
          </button>
        </div>
      </header>
      {rows !== null && rows.length === 0 && <p>{t('catalogue.noHistory')}</p>}
      <ol className="catalogue-history-list">
        {(rows ?? []).map((row) => (
          <li key={row.id} className={row.undone ? 'catalogue-history-undone' : undefined} data-action={row.action}>
            <div className="catalogue-history-line">
              <strong>{t(`catalogue.actions.${row.action}`)}</strong>
              {row.undone && <span className="catalogue-role">{t('catalogue.wasUndone')}</span>}
              <time dateTime={row.at}>{when(row.at)}</time>
              <span className="catalogue-history-who">{t('catalogue.by', { user: row.user, program: t(`catalogue.programs.${row.program}`) })}</span>
            </div>
            {row.changes.length > 0 && (
              <ul className="catalogue-history-changes">
                {row.changes.map((change) => (
                  <li key={change.field}>
                    <span className="catalogue-history-field">{fieldName(change.field)}</span> <del>{change.before || '∅'}</del> → <ins>{change.after || '∅'}</ins>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <FormOutcome message={message} />
    </section>
  );
}
