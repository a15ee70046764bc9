import { useTranslation } from 'react-i18next';
import type { JobState } from './use-job';

/** A running job's progress bar with its Cancel button; nothing once it has ended. */
export function JobProgress({ state, label, onCancel }: { state: JobState; label: string; onCancel: () => void }) {
  const { t } = useTranslation();
  if (state.phase !== 'starting' && state.phase !== 'running') return null;
  const progress = state.phase === 'running' ? state.view.progress : null;
  const fraction = progress && progress.total > 0 ? progress.done / progress.total : null;
  return (
    <div className="package-progress" role="status" aria-live="polite" data-testid="package-progress">
      <p className="package-progress-label">{label}</p>
      <progress max={1} value={fraction ?? undefined} aria-label={label} />
      {progress && (
        <p className="package-progress-detail">
          {t('package.job.progress', { phase: t(`package.job.phase.${progress.phase}`), done: progress.done, total: progress.total })}
          {progress.item ? <span lang="zh-CN"> · {progress.item}</span> : null}
        </p>
      )}
      <button type="button" className="button button-small" onClick={onCancel}>
        {t('package.job.cancel')}
      </button>
    </div>
  );
}
