import { useTranslation } from 'react-i18next';
import type { Phrase } from '../messages/notices';
import { sayPhrase } from '../messages/say-phrase';

/** What saving a catalogue form said, as a phrase: said in the reader's language whenever it is shown. */
export interface FormMessage {
  phrase: Phrase;
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
  const { t, i18n } = useTranslation();
  if (!message) return null;
  return (
    <p className={message.error ? 'catalogue-message catalogue-error' : 'catalogue-message'} role={message.error ? 'alert' : 'status'}>
      {sayPhrase(message.phrase, t, i18n.language === 'en' ? 'en' : 'zh')}
    </p>
  );
}
