import { useState } from 'react';
import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDate } from '../format';
import { currentLanguage } from '../i18n';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'defaultValue'>;

/**
 * A day, shown and typed in the interface language's form (2024年3月15日 / 2024-03-15), where
 * `<input type="date">` would follow the browser's locale (03/15/2024 on an English Chromium).
 * The value is ISO; while typing, the person's own text stays, and every change reports the day
 * it means (null when it is none yet) together with that text.
 */
export function DateField({
  value,
  onChange,
  ...props
}: InputProps & { value: string; onChange: (iso: string | null, text: string) => void }) {
  const { t } = useTranslation();
  const [typing, setTyping] = useState<string | null>(null);
  const shown = typing ?? (parseDate(value) !== null ? formatDate(parseDate(value)!, currentLanguage()) : value);
  const invalid = shown.trim() !== '' && parseDate(shown) === null;
  return (
    <input
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={props.placeholder ?? t('dates.placeholder')}
      title={t('dates.hint')}
      value={shown}
      aria-invalid={invalid || props['aria-invalid'] === true ? true : undefined}
      onChange={(event) => {
        setTyping(event.target.value);
        onChange(parseDate(event.target.value), event.target.value);
      }}
      onBlur={(event) => {
        // A day that reads as none stays as typed (marked invalid) rather than vanishing.
        setTyping((text) => (text !== null && text.trim() !== '' && parseDate(text) === null ? text : null));
        props.onBlur?.(event);
      }}
    />
  );
}
