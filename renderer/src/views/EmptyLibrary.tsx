import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runCommand } from '../commands/registry';
import { importSample } from '../store/imports';
import { useCan } from '../people/session';

export function EmptyLibrary() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Issue 18: a reader in an empty reading room is told so, without buttons that would be refused.
  const mayImport = useCan('import.sample');
  return (
    <section className="empty" aria-labelledby="empty-title">
      <div className="empty-card">
        <div className="empty-emblem" aria-hidden="true">
          <span>刊</span>
        </div>
        <h1 id="empty-title">{t('empty.title')}</h1>
        <p>{t('empty.body')}</p>
        {mayImport && <p className="muted">{t('empty.sampleHint')}</p>}
        {failure && (
          <p className="empty-failure" role="alert">
            {t('import.sampleFailed', { reason: failure })}
          </p>
        )}
        {mayImport && (
          <div className="empty-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                setFailure(null);
                void importSample().then((job) => {
                  setBusy(false);
                  if (job.status === 'failed') setFailure(job.message ?? t('errors.title'));
                });
              }}
            >
              {t('empty.sample')}
              <span className="button-note" lang="zh-CN">
                {t('empty.sampleName')}
              </span>
            </button>
            <button type="button" className="button" onClick={() => runCommand('import')}>
              {t('empty.import')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
