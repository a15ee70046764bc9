import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './share.css';

/** 与所有人共享 (issue 18): a note of one's own shown to everyone in the reading room, read-only for them. */
export function ShareToggle({ shared, onChange }: { shared: boolean; onChange: (shared: boolean) => void }) {
  const { t } = useTranslation();
  const hint = useId();
  return (
    <label className="share-toggle" title={t('annotations.shareHint')}>
      <input type="checkbox" checked={shared} aria-describedby={hint} onChange={(event) => onChange(event.target.checked)} />
      <span>{t('annotations.share')}</span>
      <span id={hint} className="visually-hidden">
        {t('annotations.shareHint')}
      </span>
    </label>
  );
}

/** Whose a mark is when it is not the reader's own: 李涛 共享, or at the desktop, whose it is. */
export function WhoseNote({ author, shared }: { author: string | undefined; shared: boolean }) {
  const { t } = useTranslation();
  if (!author) return null;
  const name = author === '(desktop)' ? t('people.audit.desktop') : author;
  return <p className="note-author">{shared ? t('annotations.sharedBy', { author: name }) : t('annotations.madeBy', { author: name })}</p>;
}
