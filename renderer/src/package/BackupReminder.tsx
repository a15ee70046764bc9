import { useTranslation } from 'react-i18next';
import { useApi } from '../hooks/useApi';
import { navigate } from '../store/navigation';
import { daysBetween } from './format';
import '../styles/package.css';
import { dismissBackupReminder, useReminderDismissed } from './reminder-state';

/**
 * "上次备份是 12 天前" / "尚未备份", with a button that backs up now: shown quietly in the library
 * view when the archive says a backup is due, and dismissable for the session.
 */
export function BackupReminder() {
  const { t } = useTranslation();
  const dismissed = useReminderDismissed();
  const { state } = useApi('backup.status', dismissed ? null : {});
  if (dismissed || state.status !== 'ready' || !state.data.stale) return null;
  const last = state.data.lastBackupAt;
  const days = last === null ? null : daysBetween(last, new Date());
  return (
    <div className="backup-reminder" role="status" aria-label={t('package.reminder.label')} data-testid="backup-reminder">
      <span>{days === null ? t('package.reminder.never') : days === 0 ? t('package.reminder.today') : t('package.reminder.days', { count: days })}</span>
      <button type="button" className="button button-small button-primary" onClick={() => navigate({ kind: 'packages', tab: 'backup', startBackup: true })}>
        {t('package.reminder.backUp')}
      </button>
      <button type="button" className="button button-small" onClick={dismissBackupReminder}>
        {t('package.reminder.dismiss')}
      </button>
    </div>
  );
}
