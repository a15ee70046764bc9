import { useTranslation } from 'react-i18next';
import type { PrintWarning } from '../../../shared/contract/export';

/** What the printed document could not do as asked: said above the preview, never silently dropped. */
export function PrintWarnings({ warnings }: { warnings: readonly PrintWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <ul className="print-warnings" role="status">
      {warnings.map((warning, index) => (
        <li key={index} className="print-notice">
          {message(warning, t)}
        </li>
      ))}
    </ul>
  );
}

function message(warning: PrintWarning, t: (key: string, values: Record<string, string>) => string): string {
  switch (warning.code) {
    case 'highlight-not-placed':
      return t('print.highlightNotPlaced', { title: warning.title, quote: warning.quote });
    default: {
      const unreachable: never = warning.code;
      return unreachable;
    }
  }
}
