import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagCount } from '../../../shared/annotations';
import { shownData, useApi } from '../hooks/useApi';
import { addTag, removeTag, useAnnotationRevision } from './state';

/** The article's tags, with suggestions from the tags already in the library. */
export function TagEditor({ articleId, tags }: { articleId: string; tags: readonly string[] }) {
  const { t } = useTranslation();
  const listId = useId();
  const inputId = useId();
  const revision = useAnnotationRevision();
  const known: readonly TagCount[] = shownData(useApi('tags.list', {}, revision).state) ?? [];
  const [draft, setDraft] = useState('');
  const submit = async (): Promise<void> => {
    const tag = draft.trim();
    if (tag === '') return;
    setDraft('');
    await addTag(articleId, tag);
  };
  return (
    <div className="tag-editor">
      <ul className="tag-list" aria-label={t('annotations.tags')}>
        {tags.map((tag) => (
          <li key={tag} className="tag-chip">
            <span>{tag}</span>
            <button
              type="button"
              className="tag-remove"
              aria-label={t('annotations.removeTag', { tag })}
              title={t('annotations.removeTag', { tag })}
              onClick={() => void removeTag(articleId, tag)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="tag-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={inputId} className="visually-hidden">
          {t('annotations.tagPlaceholder')}
        </label>
        <input
          id={inputId}
          className="tag-input"
          list={listId}
          value={draft}
          maxLength={60}
          placeholder={t('annotations.tagPlaceholder')}
          onChange={(event) => setDraft(event.target.value)}
        />
        <datalist id={listId}>
          {known
            .filter((k) => !tags.includes(k.tag))
            .map((k) => (
              <option key={k.tag} value={k.tag} />
            ))}
        </datalist>
        <button type="submit" className="button button-small">
          {t('annotations.addTag')}
        </button>
      </form>
    </div>
  );
}
