import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PRINT_OPTIONS } from '../../../shared/contract/export';
import type { PrintDocumentView, PrintOptions, PrintTarget } from '../../../shared/contract/export';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { useApi } from '../hooks/useApi';
import { goBack } from '../store/navigation';
import { clearBasket, useBasket } from './basket';
import { BasketList } from './BasketList';
import { ExportActions } from './ExportActions';
import { PrintSettings } from './PrintSettings';
import { PrintTree } from './PrintTree';
import { PrintWarnings } from './PrintWarnings';
import { usePrintStyles } from './usePrintStyles';
import './print-fonts.css';

/**
 * The print view: the document exactly as it prints (masthead, contents with the pages it prints
 * at, articles, endnotes) with its settings. Printing uses the browser's or Electron's own print
 * dialog on this page; the app's chrome is hidden on paper by print.css.
 */
export function PrintView({ target }: { target: PrintTarget }) {
  const { t } = useTranslation();
  const basket = useBasket();
  // A basket view follows the basket as articles are added or removed.
  const effective: PrintTarget | null =
    target.kind === 'articles' ? (basket.length > 0 ? { kind: 'articles', articleIds: [...basket] } : null) : target;
  const [options, setOptions] = useState<PrintOptions>(DEFAULT_PRINT_OPTIONS);
  const { state: doc, retry } = useApi('print.document', effective ? { target: effective, options } : null);
  const ready = doc.status === 'ready' ? doc.data : null;
  // The basket's titles stay on screen while a reordered basket is laid out again.
  const lastRoot = useRef<PrintDocumentView['root'] | null>(null);
  if (ready) lastRoot.current = ready.root;
  usePrintStyles(ready?.css ?? null);
  useDocumentTitle(ready);

  const heading = t(target.kind === 'issue' ? 'print.titleIssue' : target.kind === 'article' ? 'print.titleArticle' : 'print.titleBasket');
  return (
    <div className="print-view">
      <div className="print-controls" role="region" aria-label={t('print.controls')}>
        <h1 className="print-heading">{heading}</h1>
        {target.kind === 'articles' && <BasketLine count={basket.length} />}
        {target.kind === 'articles' && basket.length > 0 && <BasketList articleIds={basket} root={lastRoot.current} />}
        <PrintSettings options={options} onChange={setOptions} />
        <ExportActions target={effective} options={options} canPrint={ready !== null} />
        {ready?.notice && <p className="print-notice">{t('print.noPages', { reason: ready.notice })}</p>}
        {ready && <PrintWarnings warnings={ready.warnings} />}
      </div>
      {!effective ? (
        <p className="print-empty">{t('print.basketEmpty')}</p>
      ) : doc.status === 'error' ? (
        <ErrorMessage error={doc.error} onRetry={retry} onBack={goBack} />
      ) : ready ? (
        <div className="print-preview" aria-label={t('print.preview', { title: ready.title })} role="document">
          <PrintTree root={ready.root} />
        </div>
      ) : (
        <div className="print-loading">
          <Loading />
          <p>{t('print.laying')}</p>
        </div>
      )}
    </div>
  );
}

function BasketLine({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <p className="print-basket-line">
      {t('print.basketCount', { count })}
      {count > 0 && (
        <button type="button" className="button" onClick={clearBasket}>
          {t('print.clearBasket')}
        </button>
      )}
    </p>
  );
}

/** The window (and a saved PDF's default name) takes the document's title while it is shown. */
function useDocumentTitle(doc: PrintDocumentView | null): void {
  useEffect(() => {
    if (!doc) return;
    const before = document.title;
    document.title = doc.title;
    return () => {
      document.title = before;
    };
  }, [doc]);
}
