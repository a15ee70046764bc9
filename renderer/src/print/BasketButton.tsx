import { useTranslation } from 'react-i18next';
import { useStore } from '../store/store';
import { toggleBasket, useBasket } from './basket';
import { openBasket } from './open-print';

/** In the reader: put this article in the print basket, or take it out. */
export function BasketButton({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const inBasket = useBasket().includes(articleId);
  return (
    <button type="button" className="button basket-button" aria-pressed={inBasket} onClick={() => toggleBasket(articleId)}>
      {t(inBasket ? 'print.inBasket' : 'print.addToBasket')}
    </button>
  );
}

/** In the sidebar: the print basket, with how many articles it holds. */
export function BasketNavItem() {
  const { t } = useTranslation();
  const count = useBasket().length;
  const current = useStore((state) => state.view.kind === 'print' && state.view.target.kind === 'articles');
  return (
    <button type="button" className="nav-item" aria-current={current ? 'page' : undefined} onClick={openBasket}>
      <span>{t('print.basketNav')}</span>
      <span className="nav-count">{count}</span>
    </button>
  );
}
