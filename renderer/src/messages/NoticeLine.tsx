import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/format';
import { forget } from './notices';
import type { Notice } from './notices';
import { sayPhrase } from './say-phrase';

/**
 * One action's notice, said now in the interface's language; with its undo (named) and a close
 * button when asked. The line itself stays in the page (empty when there is nothing to say), so a
 * screen reader hears each new outcome.
 */
export function NoticeLine({ notice, className, dismissible = false }: { notice: Notice | null; className: string; dismissible?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <p className={`${className}${notice ? ` ${className}-${notice.tone}` : ''}`} role="status" aria-live="polite" data-tone={notice?.tone}>
      {notice && (
        <>
          <span className="notice-text">{sayPhrase(notice.phrase, t, locale)}</span>
          {notice.undo && (
            <button type="button" className="button button-small" onClick={notice.undo.run}>
              {t('routes.undo', { what: sayPhrase(notice.undo.what, t, locale) })}
            </button>
          )}
          {dismissible && (
            <button type="button" className="link-button" aria-label={t('routes.dismiss')} onClick={() => forget(notice.action)}>
              ×
            </button>
          )}
        </>
      )}
    </p>
  );
}
