import { useTranslation } from 'react-i18next';
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
  onChange,
}: {
  idPrefix: string;
  fields: MastheadFields;
  problems: FieldProblems;
  disabled?: boolean;
  onChange: (field: MastheadField, value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="masthead-fields">
      {MASTHEAD_FIELDS.map((field) => {
        const id = `${idPrefix}-${field}`;
        const problem = problems[field];
        const placeholder = NUMERIC.has(field) ? t(`review.placeholder.${field}`) : undefined;
        return (
          <div key={field} className={`field${WIDE.has(field) ? ' field-wide' : ''}${problem ? ' field-invalid' : ''}`}>
            <label htmlFor={id}>
              {t(`review.fields.${field}`)}
              {field === 'series' && (
                <span className="field-required" aria-hidden="true">
                  *
                </span>
              )}
            </label>
            <input
              id={id}
              name={field}
              type={field === 'date' ? 'date' : 'text'}
              inputMode={NUMERIC.has(field) ? 'numeric' : undefined}
              lang={field === 'date' || NUMERIC.has(field) ? undefined : 'zh-CN'}
              value={fields[field]}
              placeholder={placeholder}
              required={field === 'series'}
              disabled={disabled}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => onChange(field, event.target.value)}
            />
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
