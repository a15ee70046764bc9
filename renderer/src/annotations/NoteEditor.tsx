import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A note being written or changed: Save keeps it, Cancel (or Escape) leaves it as it was. */
export function NoteEditor({
  initial,
  placeholder,
  onSave,
  onCancel,
}: {
  initial: string;
  placeholder: string;
  onSave: (note: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  return (
    <form
      className="note-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(text);
        if (!onCancel) setText('');
      }}
    >
      <textarea
        autoFocus={onCancel !== undefined}
        className="note-input"
        rows={3}
        value={text}
        aria-label={placeholder}
        placeholder={placeholder}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && onCancel) {
            event.preventDefault();
            onCancel();
          }
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={!onCancel && text.trim() === ''}>
          {t('annotations.save')}
        </button>
        {onCancel && (
          <button type="button" className="button button-small" onClick={onCancel}>
            {t('annotations.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
