import { useTranslation } from 'react-i18next';

/** What saving a catalogue form said: a translation key ("saved"), or a sentence already said. */
export interface FormMessage {
  text: string;
  key?: string;
  error: boolean;
}

/** Save and Cancel, as every catalogue form on the issue page ends. */
export function FormActions({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="catalogue-form-actions">
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('catalogue.save')}
      </button>
      <button type="button" className="button" onClick={onCancel} disabled={busy}>
        {t('catalogue.cancel')}
      </button>
    </div>
  );
}

/** The outcome of the last save: a status, or an alert when it failed. */
export function FormOutcome({ message }: { message: FormMessage | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p className={message.error ? 'catalogue-message catalogue-error' : 'catalogue-message'} role={message.error ? 'alert' : 'status'}>
      {message.key ? t(message.key) : message.text}
    </p>
  );
}
