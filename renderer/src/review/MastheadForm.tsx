import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField';
import type { FieldProblems } from './masthead-fields';
import { MASTHEAD_FIELDS } from './masthead-fields';
import type { MastheadField, MastheadFields } from './types';

const NUMERIC: ReadonlySet<MastheadField> = new Set(['year', 'number', 'totalNumber']);
const WIDE: ReadonlySet<MastheadField> = new Set(['series', 'publisher']);

/**
 * The masthead's fields, each with its label and, once the form has been checked, what is
 * wrong with it. Used on the review screen and in the issue screen's "edit masthead".
 */
export function MastheadFieldset({
  idPrefix,
  fields,
  problems,
  disabled = false,
  doubts,
  onChange,
  onFieldFocus,
}: {
  idPrefix: string;
  fields: MastheadFields;
  problems: FieldProblems;
  disabled?: boolean;
  /** Fields the parser was not sure of, with why (the review screen): flagged by a sign and words. */
  doubts?: ReadonlyMap<MastheadField, string>;
  onChange: (field: MastheadField, value: string) => void;
  /** A field was focused or clicked: the review screen shows its source lines. */
  onFieldFocus?: (field: MastheadField) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="masthead-fields">
      {MASTHEAD_FIELDS.map((field) => {
        const id = `${idPrefix}-${field}`;
        const problem = problems[field];
        const placeholder = NUMERIC.has(field) ? t(`review.placeholder.${field}`) : undefined;
        const doubt = doubts?.get(field);
        const describedBy = [problem ? `${id}-problem` : null, doubt !== undefined ? `${id}-doubt` : null].filter(Boolean).join(' ');
        return (
          <div
            key={field}
            className={`field${WIDE.has(field) ? ' field-wide' : ''}${problem ? ' field-invalid' : ''}${doubt !== undefined ? ' field-doubtful' : ''}`}
          >
            <label htmlFor={id}>
              {t(`review.fields.${field}`)}
              {field === 'series' && (
                <span className="field-required" aria-hidden="true">
                  *
                </span>
              )}
            </label>
            {field === 'date' ? (
              <DateField
                id={id}
                name={field}
                value={fields[field]}
                disabled={disabled}
                aria-invalid={problem ? true : undefined}
                aria-describedby={describedBy === '' ? undefined : describedBy}
                onChange={(iso, text) => onChange(field, iso ?? text)}
                onFocus={() => onFieldFocus?.(field)}
                onClick={() => onFieldFocus?.(field)}
              />
            ) : (
              <input
                id={id}
                name={field}
                type="text"
                inputMode={NUMERIC.has(field) ? 'numeric' : undefined}
                lang={NUMERIC.has(field) ? undefined : 'zh-CN'}
                value={fields[field]}
                placeholder={placeholder}
                required={field === 'series'}
                disabled={disabled}
                aria-invalid={problem ? true : undefined}
                aria-describedby={describedBy === '' ? undefined : describedBy}
                onChange={(event) => onChange(field, event.target.value)}
                onFocus={() => onFieldFocus?.(field)}
                onClick={() => onFieldFocus?.(field)}
              />
            )}
            {doubt !== undefined && (
              <p id={`${id}-doubt`} className="field-doubt">
                <span aria-hidden="true">⚠ </span>
                {t('review.doubts.flag')} · {doubt}
              </p>
            )}
            {problem && (
              <p id={`${id}-problem`} className="field-problem">
                {t(`review.invalid.${problem}`)}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
