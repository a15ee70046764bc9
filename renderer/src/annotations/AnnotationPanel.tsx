import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLORS } from '../../../shared/annotations';
import type { ArticleAnnotations, ArticleNoteView, HighlightView } from '../../../shared/annotations';
import { AnnotationStatus } from './AnnotationStatus';
import { BookmarkToggle } from './BookmarkToggle';
import { ExportButtons } from './ExportButtons';
import { NoteEditor } from './NoteEditor';
import { addArticleNote, recolor, remove, setNote, setShared, useArticleAnnotations } from './state';
import { ShareToggle, WhoseNote } from './ShareToggle';
import { useSession } from '../people/session';
import { TagEditor } from './TagEditor';
import { sayErrorNow } from '../i18n/messages';

/** Beside the article: its star, tags, notes and highlights in the order of the text. */
export function AnnotationPanel({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const load = useArticleAnnotations(articleId);
  return (
    <aside className="annotation-panel" aria-labelledby="annotation-panel-title">
      <div className="panel-head">
        <h2 id="annotation-panel-title" className="panel-title">
          {t('annotations.panel')}
        </h2>
        {load.status === 'ready' && <BookmarkToggle target={{ kind: 'article', articleId }} initial={load.data.bookmarked} />}
      </div>
      <AnnotationStatus />
      {load.status === 'error' && <p className="panel-error">{sayErrorNow(load.error)}</p>}
      {load.status === 'ready' && <PanelBody data={load.data} />}
    </aside>
  );
}

function PanelBody({ data }: { data: ArticleAnnotations }) {
  const { t } = useTranslation();
  const { articleId } = data;
  // Sharing means something only where several people read one archive (issue 18).
  const sharing = useSession()?.readingRoom === true;
  const [shareNew, setShareNew] = useState(false);
  return (
    <>
      <section className="panel-section" aria-labelledby="panel-highlights">
        <h3 id="panel-highlights" className="panel-heading">
          {t('annotations.highlights', { count: data.highlights.length })}
        </h3>
        {data.highlights.length === 0 ? (
          <p className="panel-hint">{t('annotations.panelHint')}</p>
        ) : (
          <ol className="highlight-list">
            {data.highlights.map((h) => (
              <HighlightItem key={h.id} articleId={articleId} highlight={h} sharing={sharing} />
            ))}
          </ol>
        )}
      </section>
      <section className="panel-section" aria-labelledby="panel-tags">
        <h3 id="panel-tags" className="panel-heading">
          {t('annotations.tags')}
        </h3>
        <TagEditor articleId={articleId} tags={data.tags} />
      </section>
      <section className="panel-section" aria-labelledby="panel-notes">
        <h3 id="panel-notes" className="panel-heading">
          {t('annotations.articleNotes')}
        </h3>
        <ul className="article-notes">
          {data.notes.map((note) => (
            <ArticleNote key={note.id} articleId={articleId} note={note} sharing={sharing} />
          ))}
        </ul>
        <NoteEditor
          initial=""
          placeholder={t('annotations.articleNotePlaceholder')}
          onSave={(note) => void addArticleNote(articleId, note, sharing && shareNew)}
        />
        {sharing && <ShareToggle shared={shareNew} onChange={setShareNew} />}
      </section>
      <ExportButtons scope={{ kind: 'article', articleId }} label={t('annotations.exportArticle')} />
    </>
  );
}

function ArticleNote({ articleId, note, sharing }: { articleId: string; note: ArticleNoteView; sharing: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (note.readOnly) {
    return (
      <li className="article-note is-others" data-note-id={note.id}>
        <p className="note-text">{note.note}</p>
        <WhoseNote author={note.author} shared={note.shared === true} />
      </li>
    );
  }
  return (
    <li className="article-note" data-note-id={note.id}>
      {editing ? (
        <NoteEditor
          initial={note.note}
          placeholder={t('annotations.articleNotePlaceholder')}
          onCancel={() => setEditing(false)}
          onSave={(text) => {
            setEditing(false);
            void setNote(articleId, note.id, text, note.note);
          }}
        />
      ) : (
        <>
          <p className="note-text">{note.note}</p>
          {note.author && <WhoseNote author={note.author} shared={note.shared === true} />}
          <div className="item-actions">
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              {t('annotations.edit')}
            </button>
            <button type="button" className="link-button danger" onClick={() => void remove(articleId, note.id, 'note')}>
              {t('annotations.delete')}
            </button>
            {sharing && !note.author && (
              <ShareToggle shared={note.shared === true} onChange={(on) => void setShared(articleId, note.id, on)} />
            )}
          </div>
        </>
      )}
    </li>
  );
}

function HighlightItem({ articleId, highlight, sharing }: { articleId: string; highlight: HighlightView; sharing: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const orphaned = highlight.anchor.status === 'orphaned';
  const colorName = t(`annotations.color.${highlight.color}`);
  return (
    <li className={`highlight-item item-${highlight.color}${orphaned ? ' is-orphaned' : ''}`} data-highlight-id={highlight.id}>
      <button
        type="button"
        className="highlight-quote"
        disabled={orphaned}
        title={orphaned ? undefined : t('annotations.jump')}
        onClick={() => jumpTo(highlight.id)}
      >
        <span className={`swatch-dot swatch-${highlight.color}`} aria-hidden="true" />
        <span className="visually-hidden">{colorName}: </span>
        <span className="quote-text">{clip(highlight.quote)}</span>
      </button>
      {orphaned && (
        <p className="orphan-flag">
          <span aria-hidden="true">⚠ </span>
          {t('annotations.orphaned')}
          <span className="orphan-hint">{t('annotations.orphanedHint')}</span>
        </p>
      )}
      {editing ? (
        <NoteEditor
          initial={highlight.note ?? ''}
          placeholder={t('annotations.notePlaceholder')}
          onCancel={() => setEditing(false)}
          onSave={(text) => {
            setEditing(false);
            void setNote(articleId, highlight.id, text.trim() === '' ? null : text, highlight.note);
          }}
        />
      ) : (
        highlight.note && <p className="note-text">{highlight.note}</p>
      )}
      {highlight.author && <WhoseNote author={highlight.author} shared={highlight.shared === true} />}
      {!editing && !highlight.readOnly && (
        <div className="item-actions">
          <div className="mini-swatches" role="group" aria-label={t('annotations.colorLabel')}>
            {HIGHLIGHT_COLORS.map((c) => (
              <button
                key={c}
                type="button"
                className={`mini-swatch swatch-${c}`}
                aria-pressed={c === highlight.color}
                aria-label={t('annotations.recolor', { color: t(`annotations.color.${c}`) })}
                title={t('annotations.recolor', { color: t(`annotations.color.${c}`) })}
                onClick={() => c !== highlight.color && void recolor(articleId, highlight.id, c, highlight.color)}
              />
            ))}
          </div>
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {highlight.note ? t('annotations.edit') : t('annotations.addNote')}
          </button>
          <button type="button" className="link-button danger" onClick={() => void remove(articleId, highlight.id)}>
            {t('annotations.delete')}
          </button>
          {sharing && !highlight.author && (
            <ShareToggle shared={highlight.shared === true} onChange={(on) => void setShared(articleId, highlight.id, on)} />
          )}
        </div>
      )}
    </li>
  );
}

function clip(quote: string): string {
  const flat = quote.replace(/\s*\n\s*/g, ' ');
  return flat.length > 140 ? `${flat.slice(0, 140)}…` : flat;
}

/** Scrolls the highlight into view and marks it for a moment. */
export function jumpTo(id: string): void {
  const first = document.querySelector<HTMLElement>(`mark[data-annotation-id="${CSS.escape(id)}"]`);
  if (!first) return;
  first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  first.tabIndex = -1;
  first.focus({ preventScroll: true });
  const pieces = document.querySelectorAll<HTMLElement>(`mark[data-annotation="${CSS.escape(id)}"]`);
  for (const piece of pieces) piece.classList.add('hl-flash');
  setTimeout(() => {
    for (const piece of pieces) piece.classList.remove('hl-flash');
  }, 1600);
}
