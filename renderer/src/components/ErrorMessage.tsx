import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/contract';
import { useSay } from '../i18n/messages';

export function ErrorMessage({ error, onRetry, onBack }: { error: ApiError; onRetry?: () => void; onBack?: () => void }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const title = t(`errors.code.${error.code}`, { defaultValue: t('errors.title') });
  // A hint in the reader's language; the archive's own message stays below as the detail.
  const hint = t(`errors.hint.${error.code}`, { defaultValue: '' });
  return (
    <div className="notice notice-error" role="alert">
      <h2 className="notice-title">{title}</h2>
      {hint && <p>{hint}</p>}
      <p className={hint ? 'notice-details' : undefined}>{error.said ? say(error.said) : error.message}</p>
      <div className="notice-actions">
        {onRetry && (
          <button type="button" className="button button-primary" onClick={onRetry}>
            {t('errors.retry')}
          </button>
        )}
        {onBack && (
          <button type="button" className="button" onClick={onBack}>
            {t('nav.library')}
          </button>
        )}
      </div>
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}
