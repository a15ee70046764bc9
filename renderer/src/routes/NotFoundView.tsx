import { useTranslation } from 'react-i18next';
import { openLibrary } from '../store/navigation';

/** A mistyped or outdated address: said as such, with the way back, never a blank page. */
export function NotFoundView({ address }: { address: string }) {
  const { t } = useTranslation();
  return (
    <div className="page-scroll">
      <div className="notice notice-error" role="alert">
        <h1 className="notice-title">{t('routes.notFound.title')}</h1>
        <p>{t('routes.notFound.body', { address })}</p>
        <div className="notice-actions">
          <button type="button" className="button button-primary" onClick={() => openLibrary()}>
            {t('routes.notFound.library')}
          </button>
        </div>
      </div>
    </div>
  );
}
