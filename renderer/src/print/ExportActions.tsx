import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, PrintOptions, PrintTarget, TextEncoding } from '../../../shared/contract/export';
import { exportAndDeliver } from '../export/deliver';
import { sayErrorNow } from '../i18n/messages';

/** Export choices: formats, plus GB18030 text as its own entry. */
const EXPORT_CHOICES = ['pdf', 'docx', 'html', 'md', 'txt', 'txt-gb18030', 'json', 'csv', 'xlsx'] as const;
type ExportChoice = (typeof EXPORT_CHOICES)[number];

type Status =
  { kind: 'idle' } | { kind: 'busy'; message: string } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/**
 * Print (the browser's or Electron's own dialog on this page), export as PDF, or export in a
 * chosen format, with what happened said in a live status line.
 */
export function ExportActions({ target, options, canPrint }: { target: PrintTarget | null; options: PrintOptions; canPrint: boolean }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<ExportChoice>('docx');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const runExport = async (picked: ExportChoice): Promise<void> => {
    if (!target) return;
    const format: ExportFormat = picked === 'txt-gb18030' ? 'txt' : picked;
    const encoding: TextEncoding = picked === 'txt-gb18030' ? 'gb18030' : 'utf-8';
    setStatus({ kind: 'busy', message: t('print.exporting', { format: t(`print.formats.${picked}`) }) });
    const result = await exportAndDeliver(target, format, encoding, options);
    if (!result.ok) return setStatus({ kind: 'failed', message: t('print.failed', { reason: sayErrorNow(result.error) }) });
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
  };

  const busy = !target || status.kind === 'busy';
  return (
    <>
      <div className="print-actions">
        <button type="button" className="button button-primary" disabled={!canPrint} onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void runExport('pdf')}>
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
        <button type="button" className="button" disabled={busy} onClick={() => void runExport(choice)}>
          {t('print.export')}
        </button>
      </div>
      <p className={`print-status print-status-${status.kind}`} role="status" aria-live="polite">
        {status.kind === 'idle' ? '' : status.message}
      </p>
    </>
  );
}
