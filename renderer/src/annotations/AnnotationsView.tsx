import { useEffect, useId, useState } from 'react';
import { WhoseNote } from './ShareToggle';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLORS } from '../../../shared/annotations';
import type { AnnotationRow, BookmarkRow, HighlightColor } from '../../../shared/annotations';
import type { AnnotationFiltersInput } from '../../../shared/contract/annotations';
import { issueNumberLabel } from '../../../shared/format';
import { openFilePicker } from '../commands/file-picker';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { shownData, useApi } from '../hooks/useApi';
import { call } from '../store/api';
import { openArticle, openIssue } from '../store/navigation';
import { getState, setState, useStore } from '../store/store';
import { AnnotationStatus } from './AnnotationStatus';
import { DateField } from '../components/DateField';
import { ExportButtons } from './ExportButtons';
import { importJsonLd, invalidate, remove, reportStatus, useAnnotationRevision } from './state';

/** Every highlight and note in the library, filtered by colour, tag, series, day and words. */
export function AnnotationsView({ filters = NO_FILTERS }: { filters?: AnnotationFiltersInput }) {
  const { t } = useTranslation();
  const language = useStore((state) => state.language);
  const revision = useAnnotationRevision();
  const [text, setText] = useState(filters.text ?? '');

  // The words typed reach the filters (and the address) a moment after typing stops; Back brings older words back.
  useEffect(() => {
    const timer = setTimeout(() => {
      const words = text.trim() === '' ? undefined : text;
      if (words !== routedFilters().text) setFilters({ ...routedFilters(), text: words });
    }, 200);
    return () => clearTimeout(timer);
  }, [text]);
  useEffect(() => setText((typed) => (typed.trim() === (filters.text ?? '').trim() ? typed : (filters.text ?? ''))), [filters.text]);

  // The list stays on screen while a new filter's answer loads.
  const { state: listed, retry } = useApi('annotations.list', { filters: clean(filters) }, revision);
  const bookmarks: readonly BookmarkRow[] = shownData(useApi('bookmarks.list', {}, revision).state) ?? [];
  const listing = shownData(listed);

  if (listed.status === 'error') return <ErrorMessage error={listed.error} onRetry={retry} />;
  if (listing === null) return <Loading />;
  const { rows, total, tags, series, taggedArticles } = listing;
  const filtering = Object.values(clean(filters)).some((v) => v !== undefined);

  return (
    <div className="page-scroll annotations-page">
      <div className="annotations-layout">
        <div className="annotations-main">
          <div className="view-header annotations-header">
            <h1>{t('annotations.all.heading')}</h1>
            <p className="view-subtitle">
              {filtering ? t('annotations.all.shown', { shown: rows.length, total }) : t('annotations.all.summary', { count: total })}
            </p>
          </div>
          <AnnotationStatus />
          <Filters filters={filters} setFilters={setFilters} text={text} setText={setText} tags={tags.map((x) => x.tag)} series={series} />
          {filters.tag && taggedArticles.length > 0 && (
            <section className="tagged-articles" aria-labelledby="tagged-heading">
              <h2 id="tagged-heading" className="panel-heading">
                {t('annotations.all.tagged', { tag: filters.tag, count: taggedArticles.length })}
              </h2>
              <ul className="bookmark-list">
                {taggedArticles.map((a) => (
                  <li key={a.articleId}>
                    <button type="button" className="link-button tagged-title" onClick={() => openArticle(a.issueId, a.articleId)}>
                      {a.place.title}
                    </button>
                    <span className="muted">{placeLabel(a, language)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {rows.length === 0 ? (
            <p className="muted-block">{filtering ? t('annotations.all.noMatch') : t('annotations.all.empty')}</p>
          ) : (
            <ol className="annotation-rows" aria-label={t('annotations.all.heading')}>
              {rows.map((row) => (
                <Row key={row.id} row={row} />
              ))}
            </ol>
          )}
        </div>
        <aside className="annotations-side">
          <section className="panel-section" aria-labelledby="bookmarks-heading">
            <h2 id="bookmarks-heading" className="panel-heading">
              {t('annotations.all.bookmarks')}
            </h2>
            {bookmarks.length === 0 ? <p className="panel-hint">{t('annotations.all.noBookmarks')}</p> : <Bookmarks rows={bookmarks} />}
          </section>
          <section className="panel-section" aria-labelledby="tags-heading">
            <h2 id="tags-heading" className="panel-heading">
              {t('annotations.all.tagsHeading')}
            </h2>
            <TagTable tags={tags} onPick={(tag) => setFilters({ ...filters, tag })} />
          </section>
          <section className="panel-section">
            <ExportButtons scope={{ kind: 'all' }} label={t('annotations.export')} />
            <button
              type="button"
              className="button button-small import-button"
              onClick={() => openFilePicker((files) => files[0] && void importJsonLd(files[0]))}
            >
              {t('annotations.import')}
            </button>
          </section>
        </aside>
      </div>
    </div>
  );
}

const NO_FILTERS: AnnotationFiltersInput = {};

/** The list's filters live in the view (its address): set through the store, read back from it. */
function routedFilters(): AnnotationFiltersInput {
  const { view } = getState();
  return view.kind === 'annotations' ? (view.filters ?? NO_FILTERS) : NO_FILTERS;
}

function setFilters(filters: AnnotationFiltersInput): void {
  if (getState().view.kind !== 'annotations') return;
  const kept = clean(filters);
  setState({ view: Object.keys(kept).length > 0 ? { kind: 'annotations', filters: kept } : { kind: 'annotations' } });
}

function clean(filters: AnnotationFiltersInput): AnnotationFiltersInput {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as AnnotationFiltersInput;
}

function Filters({
  filters,
  setFilters,
  text,
  setText,
  tags,
  series,
}: {
  filters: AnnotationFiltersInput;
  setFilters: (f: AnnotationFiltersInput) => void;
  text: string;
  setText: (s: string) => void;
  tags: string[];
  series: string[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<AnnotationFiltersInput>): void => setFilters({ ...filters, ...patch });
  return (
    <form
      className="annotation-filters"
      role="search"
      aria-label={t('annotations.all.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <label className="filter-field filter-text">
        <span>{t('annotations.all.text')}</span>
        <input
          type="search"
          value={text}
          placeholder={t('annotations.all.textPlaceholder')}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <label className="filter-field">
        <span>{t('annotations.colorLabel')}</span>
        <select
          value={filters.color ?? ''}
          onChange={(event) => set({ color: (event.target.value || undefined) as HighlightColor | undefined })}
        >
          <option value="">{t('annotations.all.anyColor')}</option>
          {HIGHLIGHT_COLORS.map((c) => (
            <option key={c} value={c}>
              {t(`annotations.color.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>{t('annotations.tags')}</span>
        <select value={filters.tag ?? ''} onChange={(event) => set({ tag: event.target.value || undefined })}>
          <option value="">{t('annotations.all.anyTag')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>{t('nav.series')}</span>
        <select value={filters.series ?? ''} onChange={(event) => set({ series: event.target.value || undefined })}>
          <option value="">{t('annotations.all.anySeries')}</option>
          {series.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field" htmlFor={`${id}-from`}>
        <span>{t('annotations.all.from')}</span>
        <DateField id={`${id}-from`} value={filters.from ?? ''} onChange={(iso) => set({ from: iso ?? undefined })} />
      </label>
      <label className="filter-field" htmlFor={`${id}-to`}>
        <span>{t('annotations.all.to')}</span>
        <DateField id={`${id}-to`} value={filters.to ?? ''} onChange={(iso) => set({ to: iso ?? undefined })} />
      </label>
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          setText('');
          setFilters({});
        }}
      >
        {t('annotations.all.clear')}
      </button>
    </form>
  );
}

function placeLabel(row: { place: AnnotationRow['place'] }, language: string): string {
  const { place } = row;
  return `${place.series} ${issueNumberLabel({ year: place.year, number: place.number, totalNumber: null }, language === 'en' ? 'en' : 'zh')}`;
}

function Row({ row }: { row: AnnotationRow }) {
  const { t } = useTranslation();
  const language = useStore((state) => state.language);
  const { articleId, issueId } = row;
  return (
    <li className={`annotation-row${row.color ? ` item-${row.color}` : ' item-note'}${row.orphaned ? ' is-orphaned' : ''}`}>
      <div className="row-where">
        {articleId && issueId ? (
          <button type="button" className="link-button row-title" onClick={() => openArticle(issueId, articleId)}>
            {row.place.title}
          </button>
        ) : (
          <span className="row-title">
            {row.place.title} <span className="muted">{t('annotations.all.articleGone')}</span>
          </span>
        )}
        <span className="muted">
          {placeLabel(row, language)} · {row.created.slice(0, 10)}
        </span>
      </div>
      {row.quote !== null && (
        <blockquote className="row-quote" lang="zh-CN">
          <span className={`swatch-dot swatch-${row.color ?? 'yellow'}`} aria-hidden="true" />
          <span className="visually-hidden">{t(`annotations.color.${row.color ?? 'yellow'}`)}: </span>
          {row.quote}
        </blockquote>
      )}
      {row.motivation === 'commenting' && <p className="row-kind">{t('annotations.all.articleNote')}</p>}
      {row.note && <p className="note-text">{row.note}</p>}
      {row.author && <WhoseNote author={row.author} shared={row.shared === true} />}
      {row.orphaned && row.articleId && <p className="orphan-flag">⚠ {t('annotations.orphaned')}</p>}
      <div className="item-actions">
        {row.tags.map((tag) => (
          <span key={tag} className="tag-chip tag-static">
            {tag}
          </span>
        ))}
        <span className="toolbar-spacer" />
        {!row.readOnly && (
          <button
            type="button"
            className="link-button danger"
            onClick={() => void remove(null, row.id, row.motivation === 'highlighting' ? 'highlight' : 'note')}
          >
            {t('annotations.delete')}
          </button>
        )}
      </div>
    </li>
  );
}

function Bookmarks({ rows }: { rows: readonly BookmarkRow[] }) {
  const language = useStore((state) => state.language);
  const { t } = useTranslation();
  return (
    <ul className="bookmark-list">
      {rows.map((row) => {
        const { issueId, articleId } = row;
        const label = row.kind === 'issue' ? placeLabel(row, language) : (row.place.title ?? '');
        return (
          <li key={row.id}>
            <span aria-hidden="true">★ </span>
            {issueId ? (
              <button
                type="button"
                className="link-button"
                onClick={() => (articleId ? openArticle(issueId, articleId) : openIssue(issueId))}
              >
                {label}
              </button>
            ) : (
              <span>
                {label} <span className="muted">{t('annotations.all.articleGone')}</span>
              </span>
            )}
            {row.kind === 'article' && <span className="muted bookmark-issue"> {placeLabel(row, language)}</span>}
          </li>
        );
      })}
    </ul>
  );
}

function TagTable({ tags, onPick }: { tags: { tag: string; count: number }[]; onPick: (tag: string) => void }) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [to, setTo] = useState('');
  return (
    <ul className="tag-table">
      {tags.map(({ tag, count }) => (
        <li key={tag}>
          {renaming === tag ? (
            <form
              className="tag-form"
              onSubmit={async (event) => {
                event.preventDefault();
                setRenaming(null);
                if (to.trim() === '' || to.trim() === tag) return;
                const result = await call('tags.rename', { from: tag, to: to.trim() });
                invalidate();
                if (result.ok) reportStatus({ key: 'annotations.all.renamed', values: { count: result.data.changed } });
                else reportStatus({ key: 'annotations.failed', values: { message: { error: result.error } } }, 'failed');
              }}
            >
              <input
                className="tag-input"
                autoFocus
                value={to}
                aria-label={t('annotations.all.renameTo', { tag })}
                onChange={(event) => setTo(event.target.value)}
              />
              <button type="submit" className="button button-small">
                {t('annotations.save')}
              </button>
            </form>
          ) : (
            <>
              <button type="button" className="link-button tag-pick" onClick={() => onPick(tag)}>
                {tag}
              </button>
              <span className="muted">{t('annotations.all.tagCount', { count })}</span>
              <button
                type="button"
                className="link-button"
                aria-label={`${t('annotations.all.rename')} ${tag}`}
                onClick={() => {
                  setTo(tag);
                  setRenaming(tag);
                }}
              >
                {t('annotations.all.rename')}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
