import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, PrintOptions, PrintTarget, TextEncoding } from '../../../shared/contract/export';
import { exportAndDeliver } from '../export/deliver';
import { NoticeLine } from '../messages/NoticeLine';
import { forget, pageNow, tell, useNotice } from '../messages/notices';

/** Export choices: formats, plus GB18030 text as its own entry. */
const EXPORT_CHOICES = ['pdf', 'docx', 'html', 'md', 'txt', 'txt-gb18030', 'json', 'csv', 'xlsx'] as const;
type ExportChoice = (typeof EXPORT_CHOICES)[number];

/** The export's outcome is said through the app's notices: in the reader's language at every render, gone with the page. */
const EXPORT_ACTION = 'print.export';

/**
 * Print (the browser's or Electron's own dialog on this page), export as PDF, or export in a
 * chosen format, with what happened said in a live status line.
 */
export function ExportActions({ target, options, canPrint }: { target: PrintTarget | null; options: PrintOptions; canPrint: boolean }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<ExportChoice>('docx');
  const status = useNotice(EXPORT_ACTION);

  const runExport = async (picked: ExportChoice): Promise<void> => {
    if (!target) return;
    const format: ExportFormat = picked === 'txt-gb18030' ? 'txt' : picked;
    const encoding: TextEncoding = picked === 'txt-gb18030' ? 'gb18030' : 'utf-8';
    const page = pageNow();
    tell(EXPORT_ACTION, 'busy', { key: 'print.exporting', values: { format: { key: `print.formats.${picked}` } } });
    const result = await exportAndDeliver(target, format, encoding, options);
    if (!result.ok) return tell(EXPORT_ACTION, 'failed', { key: 'print.failed', values: { reason: { error: result.error } } }, { page });
    switch (result.data.kind) {
      case 'downloaded':
        return tell(EXPORT_ACTION, 'done', { key: 'print.exported', values: { name: result.data.fileName } }, { page });
      case 'saved':
        return tell(EXPORT_ACTION, 'done', { key: 'print.saved', values: { path: result.data.path } }, { page });
      case 'cancelled':
        return forget(EXPORT_ACTION);
      default: {
        const unreachable: never = result.data;
        return unreachable;
      }
    }
  };

  const busy = !target || status?.tone === 'busy';
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
      <NoticeLine notice={status} className="print-status" />
    </>
  );
}
