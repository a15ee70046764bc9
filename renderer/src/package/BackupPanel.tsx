import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { shownData, useApi } from '../hooks/useApi';
import { call } from '../store/api';
import { useStore } from '../store/store';
import { JobEnd } from './ExportPackage';
import { formatDate } from '../format';
import { sizeLabel } from './format';
import { JobProgress } from './JobProgress';
import { dismissBackupReminder } from './reminder-state';
import { useJob } from './use-job';

/** 立即备份: where backups go, the ones there, and a full or incremental backup now. */
export function BackupPanel({ startNow }: { startNow: boolean }) {
  const { t } = useTranslation();
  const language = useStore((state) => state.language);
  const [refresh, setRefresh] = useState(0);
  const { state, retry } = useApi('backup.status', {}, refresh);
  const status = shownData(state);
  const [done, setDone] = useState<string | null>(null);
  const job = useJob();
  const busy = job.state.phase === 'starting' || job.state.phase === 'running';
  const backUp = async (incremental: boolean): Promise<void> => {
    setDone(null);
    const view = await job.run(() => call('backup.create', { incremental }));
    if (view?.state === 'done' && view.result?.kind === 'backup') {
      const row = view.result.backup;
      setDone(t('package.backup.done', { name: row.name, issues: row.issues, size: sizeLabel(row.bytes) }));
      dismissBackupReminder();
    }
    setRefresh((n) => n + 1);
  };
  // Reached from the reminder's button: the backup starts at once, as the button said.
  const started = useRef(false);
  useEffect(() => {
    if (startNow && !started.current) {
      started.current = true;
      void backUp(false);
    }
  }, [startNow]);

  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  if (!status) return <Loading />;
  return (
    <div className="package-form" aria-labelledby="package-backup-title">
      <h2 id="package-backup-title">{t('package.backup.heading')}</h2>
      <p className="muted">{t('package.backup.intro', { keep: status.keep })}</p>
      <p>
        {t('package.backup.folder')} <code className="package-path">{status.folder}</code>
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void backUp(false)} disabled={busy} data-testid="backup-full">
          {t('package.backup.full')}
        </button>
        <button type="button" className="button" onClick={() => void backUp(true)} disabled={busy || status.backups.length === 0}>
          {t('package.backup.incremental')}
        </button>
      </div>
      <JobProgress state={job.state} label={t('package.backup.heading')} onCancel={job.cancel} />
      <JobEnd state={job.state} />
      {done && (
        <p className="notice notice-ok" role="status" data-testid="backup-done">
          {done}
        </p>
      )}
      <h3>{t('package.backup.list')}</h3>
      {status.backups.length === 0 ? (
        <p className="muted-block">{t('package.backup.none')}</p>
      ) : (
        <ul className="job-list backup-list">
          {[...status.backups].reverse().map((row) => (
            <li key={row.name} className="job">
              <div className="job-body">
                <p className="job-name">{row.name}</p>
                <p className="job-message">
                  {formatDate(row.createdAt, language)} · {row.kind === 'full' ? t('package.backup.kindFull') : t('package.backup.kindIncremental', { base: row.base ?? '?' })} ·{' '}
                  {sizeLabel(row.bytes)}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
