import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintElement } from '../../../shared/contract/export';
import { moveInBasket, removeFromBasket } from './basket';
import { basketTitles } from './basket-titles';

/**
 * The basket's articles in the order they print: each can be moved up or down (buttons, or
 * Alt+↑/↓ on the item) and taken out on its own. Titles come from the laid-out document; an
 * article not yet laid out shows as its place in the list until the document comes back.
 */
export function BasketList({ articleIds, root }: { articleIds: readonly string[]; root: PrintElement | null }) {
  const { t } = useTranslation();
  const titles = root ? basketTitles(root) : new Map<string, string>();
  const onKeyDown = (articleId: string) => (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    moveInBasket(articleId, event.key === 'ArrowUp' ? -1 : 1);
  };
  return (
    <ol className="basket-list" aria-label={t('print.basketOrder')}>
      {articleIds.map((articleId, index) => {
        const title = titles.get(articleId) ?? t('print.basketItem', { place: index + 1 });
        return (
          <li key={articleId} className="basket-item" onKeyDown={onKeyDown(articleId)}>
            <span className="basket-item-place">{index + 1}</span>
            <span className="basket-item-title">{title}</span>
            <span className="basket-item-actions">
              <button
                type="button"
                className="button"
                disabled={index === 0}
                aria-label={t('print.moveUp', { title })}
                title={t('print.moveUpKey')}
                onClick={() => moveInBasket(articleId, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button"
                disabled={index === articleIds.length - 1}
                aria-label={t('print.moveDown', { title })}
                title={t('print.moveDownKey')}
                onClick={() => moveInBasket(articleId, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('print.removeFromBasket', { title })}
                onClick={() => removeFromBasket(articleId)}
              >
                {t('print.remove')}
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
