import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PRINT_OPTIONS, PAPER_SIZES, PRINT_FONT_SIZES } from '../../../shared/contract/export';
import type {
  ExportFormat,
  PrintDocumentView,
  PrintFontSize,
  PrintOptions,
  PrintTarget,
  TextEncoding,
} from '../../../shared/contract/export';
import type { ApiError } from '../../../shared/contract';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { exportAndDeliver } from '../export/deliver';
import { call } from '../store/api';
import { goBack } from '../store/navigation';
import { clearBasket, useBasket } from './basket';
import { PrintTree } from './PrintTree';
import { PrintWarnings } from './PrintWarnings';
import { usePrintStyles } from './usePrintStyles';

/** Export choices: formats, plus GB18030 text as its own entry. */
const EXPORT_CHOICES = ['pdf', 'docx', 'html', 'md', 'txt', 'txt-gb18030', 'json', 'csv', 'xlsx'] as const;
type ExportChoice = (typeof EXPORT_CHOICES)[number];

type Status =
  { kind: 'idle' } | { kind: 'busy'; message: string } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

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
  const [doc, setDoc] = useState<
    { status: 'loading' } | { status: 'ready'; data: PrintDocumentView } | { status: 'error'; error: ApiError }
  >({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [choice, setChoice] = useState<ExportChoice>('docx');
  const key = JSON.stringify(effective);

  useEffect(() => {
    if (!effective) return;
    let live = true;
    setDoc({ status: 'loading' });
    void call('print.document', { target: effective, options }).then((result) => {
      if (live) setDoc(result.ok ? { status: 'ready', data: result.data } : { status: 'error', error: result.error });
    });
    return () => {
      live = false;
    };
    // `key` stands for `effective`, which is a new object on every render.
  }, [key, options, attempt]);

  usePrintStyles(doc.status === 'ready' ? doc.data.css : null);
  useEffect(() => {
    if (doc.status !== 'ready') return;
    const before = document.title;
    document.title = doc.data.title;
    return () => {
      document.title = before;
    };
  }, [doc]);

  const runExport = useCallback(
    async (picked: ExportChoice) => {
      if (!effective) return;
      const format: ExportFormat = picked === 'txt-gb18030' ? 'txt' : picked;
      const encoding: TextEncoding = picked === 'txt-gb18030' ? 'gb18030' : 'utf-8';
      setStatus({ kind: 'busy', message: t('print.exporting', { format: t(`print.formats.${picked}`) }) });
      const result = await exportAndDeliver(effective, format, encoding, options);
      if (!result.ok) return setStatus({ kind: 'failed', message: t('print.failed', { reason: result.error.message }) });
      switch (result.data.kind) {
        case 'downloaded':
          return setStatus({ kind: 'done', message: t('print.exported', { name: result.data.fileName }) });
        case 'saved':
          return setStatus({ kind: 'done', message: t('print.saved', { path: result.data.path }) });
        case 'cancelled':
          return setStatus({ kind: 'idle' });
        default: {
          const unreachable: never = result.data;
          return unreachable;
        }
      }
    },
    [key, options, t],
  );

  const heading = t(target.kind === 'issue' ? 'print.titleIssue' : target.kind === 'article' ? 'print.titleArticle' : 'print.titleBasket');
  const ready = doc.status === 'ready';

  return (
    <div className="print-view">
      <div className="print-controls" role="region" aria-label={t('print.controls')}>
        <h1 className="print-heading">{heading}</h1>
        {target.kind === 'articles' && (
          <p className="print-basket-line">
            {t('print.basketCount', { count: basket.length })}
            {basket.length > 0 && (
              <button type="button" className="button" onClick={clearBasket}>
                {t('print.clearBasket')}
              </button>
            )}
          </p>
        )}
        <div className="print-options">
          <label>
            {t('print.paper')}
            <select
              value={options.paper}
              onChange={(e) => setOptions({ ...options, paper: PAPER_SIZES.find((p) => p === e.target.value) ?? 'A4' })}
            >
              {PAPER_SIZES.map((paper) => (
                <option key={paper} value={paper}>
                  {paper}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('print.fontSize')}
            <select value={options.fontSize} onChange={(e) => setOptions({ ...options, fontSize: toFontSize(e.target.value) })}>
              {PRINT_FONT_SIZES.map((size) => (
                <option key={size} value={size}>
                  {t(`print.size${size}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="print-check">
            <input
              type="checkbox"
              checked={options.annotations}
              onChange={(e) => setOptions({ ...options, annotations: e.target.checked })}
            />
            {t('print.annotations')}
          </label>
        </div>
        <div className="print-actions">
          <button type="button" className="button button-primary" disabled={!ready} onClick={() => window.print()}>
            {t('print.print')}
          </button>
          <button type="button" className="button" disabled={!effective || status.kind === 'busy'} onClick={() => void runExport('pdf')}>
            {t('print.exportPdf')}
          </button>
          <label>
            {t('print.exportAs')}
            <select value={choice} onChange={(e) => setChoice(EXPORT_CHOICES.find((c) => c === e.target.value) ?? 'docx')}>
              {EXPORT_CHOICES.map((c) => (
                <option key={c} value={c}>
                  {t(`print.formats.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" disabled={!effective || status.kind === 'busy'} onClick={() => void runExport(choice)}>
            {t('print.export')}
          </button>
        </div>
        <p className={`print-status print-status-${status.kind}`} role="status" aria-live="polite">
          {status.kind === 'idle' ? '' : status.message}
        </p>
        {ready && doc.data.notice && <p className="print-notice">{t('print.noPages', { reason: doc.data.notice })}</p>}
        {ready && <PrintWarnings warnings={doc.data.warnings} />}
      </div>
      {!effective ? (
        <p className="print-empty">{t('print.basketEmpty')}</p>
      ) : doc.status === 'loading' ? (
        <div className="print-loading">
          <Loading />
          <p>{t('print.laying')}</p>
        </div>
      ) : doc.status === 'error' ? (
        <ErrorMessage error={doc.error} onRetry={() => setAttempt((n) => n + 1)} onBack={goBack} />
      ) : (
        <div className="print-preview" aria-label={t('print.preview', { title: doc.data.title })} role="document">
          <PrintTree root={doc.data.root} />
        </div>
      )}
    </div>
  );
}

function toFontSize(value: string): PrintFontSize {
  return PRINT_FONT_SIZES.find((size) => String(size) === value) ?? 16;
}
