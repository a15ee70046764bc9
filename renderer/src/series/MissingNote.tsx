import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesHoldings } from '../../../shared/holdings';
import { ErrorMessage } from '../components/ErrorMessage';
import type { ApiError } from '../../../shared/contract';
import { call } from '../store/api';

interface Props {
  series: string;
  year: number;
  number: number;
  note: string | null;
  onSaved: (holdings: SeriesHoldings) => void;
  onClose: () => void;
}

/** The archivist's note on one missing issue ("paper copy only, box 12"); an empty note removes it. */
export function MissingNote({ series, year, number, note, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(note ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const save = async (value: string) => {
    const result = await call('holdings.note', { series, year, number, note: value });
    // A new outcome replaces the old: never "saved" beside a failure.
    setSaved(result.ok);
    if (!result.ok) return setError(result.error);
    setError(null);
    onSaved(result.data);
  };
  return (
    <section className="missing-note" aria-labelledby="missing-note-heading">
      <h3 id="missing-note-heading">{t('holdings.note.heading', { year, number })}</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save(text);
        }}
      >
        <label htmlFor="missing-note-text">{t('holdings.note.label')}</label>
        <textarea
          id="missing-note-text"
          value={text}
          maxLength={500}
          rows={2}
          placeholder={t('holdings.note.placeholder')}
          onChange={(event) => {
            setText(event.target.value);
            setSaved(false);
          }}
          autoFocus
        />
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t('holdings.note.save')}
          </button>
          {note && (
            <button type="button" className="button" onClick={() => void save('').then(() => setText(''))}>
              {t('holdings.note.remove')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('holdings.note.close')}
          </button>
        </div>
        <p role="status" className="muted">
          {saved ? t('holdings.note.saved') : ''}
        </p>
        {error && <ErrorMessage error={error} />}
      </form>
    </section>
  );
}
