import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { setState, useStore } from '../store/store';

export function AboutDialog() {
  const { t } = useTranslation();
  const open = useStore((state) => state.aboutOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="about-title" onClose={() => setState({ aboutOpen: false })}>
      <h2 id="about-title">{t('about.title')}</h2>
      <p>{t('about.body')}</p>
      <form method="dialog">
        <button type="submit" className="button button-primary">
          {t('about.close')}
        </button>
      </form>
    </dialog>
  );
}
