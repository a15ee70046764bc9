import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../shared/contract';
import { exportAnnotations } from './state';

/** Markdown (to read) and JSON-LD (to import elsewhere) of an article, an issue or all. */
export function ExportButtons({ scope, label }: { scope: ApiInput<'annotations.export'>['scope']; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="export-buttons" role="group" aria-label={label}>
      <span className="export-label">{label}</span>
      <button type="button" className="button button-small" onClick={() => void exportAnnotations(scope, 'md')}>
        {t('annotations.exportMd')}
      </button>
      <button type="button" className="button button-small" onClick={() => void exportAnnotations(scope, 'jsonld')}>
        {t('annotations.exportJsonld')}
      </button>
    </div>
  );
}
