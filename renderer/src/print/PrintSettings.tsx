import { useTranslation } from 'react-i18next';
import { PAPER_SIZES, PRINT_FONT_SIZES } from '../../../shared/contract/export';
import type { PrintFontSize, PrintOptions } from '../../../shared/contract/export';

/** Paper, body size, and whether highlights and notes print. */
export function PrintSettings({ options, onChange }: { options: PrintOptions; onChange: (options: PrintOptions) => void }) {
  const { t } = useTranslation();
  return (
    <div className="print-options">
      <label>
        {t('print.paper')}
        <select
          value={options.paper}
          onChange={(e) => onChange({ ...options, paper: PAPER_SIZES.find((p) => p === e.target.value) ?? 'A4' })}
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
        <select value={options.fontSize} onChange={(e) => onChange({ ...options, fontSize: toFontSize(e.target.value) })}>
          {PRINT_FONT_SIZES.map((size) => (
            <option key={size} value={size}>
              {t(`print.size${size}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="print-check">
        <input type="checkbox" checked={options.annotations} onChange={(e) => onChange({ ...options, annotations: e.target.checked })} />
        {t('print.annotations')}
      </label>
    </div>
  );
}

function toFontSize(value: string): PrintFontSize {
  return PRINT_FONT_SIZES.find((size) => String(size) === value) ?? 16;
}
