import {
  AnnotationSchema,
  MAX_QUOTE_CHARS,
  articleSource,
  articleText,
  issueSource,
  noteOf,
  normaliseTag,
  parseSource,
  tagsOf,
} from '../../../shared/annotations';
import type {
  Annotation,
  AnnotationRow,
  ArticleAnnotations,
  ArticleNoteView,
  BookmarkRow,
  HighlightColor,
  HighlightView,
  SourceRef,
  TagCount,
} from '../../../shared/annotations';
import { ArchiveError } from '../errors';
import type { AnnotationOp, Library } from '../library';
import { countOccurrences, describeRange, findOccurrence } from './anchor';
import type { Range } from './anchor';
import { catalogueOf, findArticleByRef, placeOfArticle, placeOfIssue } from './catalogue';
import type { Issue } from '../../../shared/catalog';
import type { Catalogue } from './catalogue';
import { annotationRows, articlesWithAnnotations, articlesWithTag, bookmarkRows, tagCounts } from './listing';
import type { AnnotationFilters } from './listing';
import { cleanNote, highlightView, newAnnotation, noteBody, tagBody } from './model';
import { reanchorAll, reanchorArticle } from './reanchor';
import type { AnchorChange } from './reanchor';
import { renameTagIn } from './tags';
import { KEEPER, authorship, canSee, creatorOf, owns, ownedBy, requireChangeable, visibleTo } from './viewer';
import type { Viewer } from './viewer';

export interface HighlightInput {
  articleId: string;
  /** UTF-16 offsets in articleText(article.sections). */
  start: number;
  end: number;
  color: HighlightColor;
  note?: string | null;
  tags?: readonly string[];
  /** Shown to everyone in the reading room (issue 18). */
  shared?: boolean;
}

/**
 * Highlights, notes, tags and bookmarks of one library, kept in annotations.json and its
 * journal. Every change is one locked append of only what changed (Library.changeAnnotations),
 * on annotations brought up to date under the lock; reads anchor
 * highlights in the current text and save what moved, so the file follows the texts.
 */
export class AnnotationStore {
  constructor(
    private readonly library: Library,
    private readonly now: () => Date = () => new Date(),
  ) {}

  all(): readonly Annotation[] {
    return this.library.annotations.annotations;
  }

  /** What `viewer` may see: everything for the keeper, own marks plus shared notes for a person (issue 18). */
  visible(viewer: Viewer = KEEPER): readonly Annotation[] {
    return visibleTo(viewer, this.all());
  }

  /** The catalogue indexed by article, built again only when the catalogue changed (issue 19: not per save). */
  catalogue(): Catalogue {
    const stamp = this.library.catalogueStamp();
    const issues = this.library.issues();
    if (this.indexed?.stamp !== stamp || this.indexed.issues !== issues) this.indexed = { stamp, issues, catalogue: catalogueOf(issues) };
    return this.indexed.catalogue;
  }

  private indexed: { stamp: number; issues: readonly Issue[]; catalogue: Catalogue } | null = null;

  /**
   * The articles a search may show under the annotation filters (a tag, "has highlights or
   * notes"), or undefined when neither is set.
   */
  articlesForSearch(filters: { tag?: string; annotated?: boolean } | undefined, viewer: Viewer = KEEPER): ReadonlySet<string> | undefined {
    const tag = filters?.tag?.trim() ? normaliseTag(filters.tag) : null;
    if (!tag && !filters?.annotated) return undefined;
    const catalogue = this.catalogue();
    const seen = this.visible(viewer);
    const tagged = tag ? articlesWithTag(seen, catalogue, tag) : null;
    const annotated = filters?.annotated ? articlesWithAnnotations(seen, catalogue) : null;
    if (tagged && annotated) return new Set([...tagged].filter((id) => annotated.has(id)));
    return tagged ?? annotated ?? undefined;
  }

  /** The article's highlights (anchored in its text now), notes, tags and star. */
  async forArticle(articleId: string, viewer: Viewer = KEEPER): Promise<ArticleAnnotations> {
    const article = await this.library.getArticle(articleId);
    const catalogue = this.catalogue();
    const mine = this.visible(viewer).filter((a) => belongsToArticle(a, articleId, catalogue));
    const { anchors, changes } = reanchorArticle(mine, articleText(article.sections), catalogue, articleId);
    await this.applyAnchorChanges(changes);
    const highlights: HighlightView[] = [];
    const notes: ArticleNoteView[] = [];
    const tags: string[] = [];
    let bookmarked = false;
    for (const annotation of mine) {
      switch (annotation.motivation) {
        case 'highlighting':
          highlights.push({
            ...highlightView(annotation, anchors.get(annotation.id) ?? { status: 'orphaned' }),
            ...authorship(viewer, annotation),
          });
          break;
        case 'commenting':
          notes.push({
            id: annotation.id,
            note: noteOf(annotation) ?? '',
            created: annotation.created,
            modified: annotation.modified,
            ...authorship(viewer, annotation),
          });
          break;
        // Tags and stars are the viewer's own: the keeper's editor and star show the keeper's.
        case 'tagging':
          if (owns(viewer, annotation)) for (const tag of tagsOf(annotation)) if (!tags.includes(tag)) tags.push(tag);
          break;
        case 'bookmarking':
          if (owns(viewer, annotation)) bookmarked = true;
          break;
        default: {
          const unreachable: never = annotation.motivation;
          throw new Error(`unknown motivation ${String(unreachable)}`);
        }
      }
    }
    highlights.sort(textOrder);
    notes.sort((a, b) => a.created.localeCompare(b.created));
    tags.sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
    return { articleId, highlights, notes, tags, bookmarked };
  }

  /** Highlights a passage given by offsets (the reader's selection). */
  async highlight(input: HighlightInput, viewer: Viewer = KEEPER): Promise<Annotation> {
    const article = await this.library.getArticle(input.articleId);
    const text = articleText(article.sections);
    const range = trimRange(text, { start: input.start, end: input.end });
    if (!range) {
      throw new ArchiveError(
        'bad-input',
        `The selection ${input.start}–${input.end} is not text of article ${input.articleId} (its text is ${text.length} characters). Select a passage of the article and try again.`,
      );
    }
    return this.addHighlight(input.articleId, text, range, input, viewer);
  }

  /**
   * Highlights the n-th occurrence of a quote in an article named by `series:year:number:article`
   * or by id (the command line).
   */
  async highlightQuote(
    ref: string,
    quote: string,
    occurrence: number,
    fields: Omit<HighlightInput, 'articleId' | 'start' | 'end'>,
  ): Promise<Annotation> {
    const found = findArticleByRef(this.catalogue(), ref);
    if (!found) {
      throw new ArchiveError(
        'not-found',
        `No article "${ref}" in this library. Give series:year:number:article, for example 科技情报参考:2024:3:4 ("bulletin-archive show 科技情报参考:2024:3" lists the articles).`,
      );
    }
    const article = await this.library.getArticle(found.article.id);
    const text = articleText(article.sections);
    const range = quote === '' ? null : findOccurrence(text, quote, occurrence);
    if (!range) {
      const count = quote === '' ? 0 : countOccurrences(text, quote);
      throw new ArchiveError(
        'not-found',
        count === 0
          ? `"${quote}" does not occur in article ${ref} (${found.article.title}). Copy the quote from the article's text exactly.`
          : `"${quote}" occurs ${count} time(s) in article ${ref}, not ${occurrence}. Give --occurrence between 1 and ${count}.`,
      );
    }
    return this.addHighlight(found.article.id, text, range, fields);
  }

  private async addHighlight(
    articleId: string,
    text: string,
    range: Range,
    fields: Omit<HighlightInput, 'articleId' | 'start' | 'end'>,
    viewer: Viewer = KEEPER,
  ): Promise<Annotation> {
    if (range.end - range.start > MAX_QUOTE_CHARS) {
      throw new ArchiveError(
        'bad-input',
        `The passage is ${range.end - range.start} characters long; a highlight may cover at most ${MAX_QUOTE_CHARS}. Select a shorter passage.`,
      );
    }
    const located = this.requireArticle(articleId);
    const note = cleanNote(fields.note);
    const tags = uniqueTags(fields.tags ?? []);
    const annotation = checked(
      newAnnotation({
        motivation: 'highlighting',
        source: articleSource(articleId),
        place: placeOfArticle(located.issue, located.article),
        selector: describeRange(text, range),
        color: fields.color,
        body: [...(note ? [noteBody(note)] : []), ...tags.map(tagBody)],
        now: this.now(),
        creator: creatorOf(viewer),
        shared: fields.shared,
      }),
    );
    await this.library.changeAnnotations(() => ({ ops: [{ op: 'put', annotation }], result: undefined }));
    return annotation;
  }

  /** A note on the whole article. */
  async addArticleNote(articleId: string, noteText: string, viewer: Viewer = KEEPER, shared = false): Promise<Annotation> {
    const note = cleanNote(noteText);
    if (!note) throw new ArchiveError('bad-input', 'The note is empty. Write something, or cancel.');
    const located = this.requireArticle(articleId);
    const annotation = checked(
      newAnnotation({
        motivation: 'commenting',
        source: articleSource(articleId),
        place: placeOfArticle(located.issue, located.article),
        body: [noteBody(note)],
        now: this.now(),
        creator: creatorOf(viewer),
        shared,
      }),
    );
    await this.library.changeAnnotations(() => ({ ops: [{ op: 'put', annotation }], result: undefined }));
    return annotation;
  }

  /** Recolours a highlight or changes its note (null or blank removes the note of a highlight). */
  async update(
    id: string,
    patch: { color?: HighlightColor; note?: string | null; shared?: boolean },
    viewer: Viewer = KEEPER,
  ): Promise<Annotation> {
    return this.library.changeAnnotations((annotations) => {
      const annotation = annotations.find((a) => a.id === id && canSee(viewer, a));
      if (!annotation) throw notFound(id);
      requireChangeable(viewer, annotation);
      const next = structuredClone(annotation);
      if (patch.shared !== undefined) {
        if (next.motivation !== 'highlighting' && next.motivation !== 'commenting')
          throw new ArchiveError('bad-input', 'Only highlights and article notes can be shared.');
        if (patch.shared) next.shared = true;
        else delete next.shared;
      }
      if (patch.color !== undefined) {
        if (next.motivation !== 'highlighting') throw new ArchiveError('bad-input', 'Only a highlight has a colour.');
        next.target.styleClass = patch.color;
      }
      if (patch.note !== undefined) {
        const note = cleanNote(patch.note);
        if (next.motivation === 'commenting' && !note)
          throw new ArchiveError('bad-input', 'An article note cannot be empty; delete it instead.');
        if (next.motivation !== 'highlighting' && next.motivation !== 'commenting')
          throw new ArchiveError('bad-input', 'Only highlights and article notes have notes.');
        next.body = [...(note ? [noteBody(note)] : []), ...next.body.filter((b) => b.purpose !== 'commenting')];
      }
      next.modified = this.now().toISOString();
      const saved = checked(next);
      return { ops: [{ op: 'put', annotation: saved }], result: structuredClone(saved) };
    });
  }

  /** Deletes an annotation and hands it back, so it can be restored (undo). */
  async remove(id: string, viewer: Viewer = KEEPER): Promise<Annotation> {
    return this.library.changeAnnotations((annotations) => {
      const removed = annotations.find((a) => a.id === id && canSee(viewer, a));
      if (!removed) throw notFound(id);
      requireChangeable(viewer, removed);
      return { ops: [{ op: 'delete', id }], result: removed };
    });
  }

  /** Puts back an annotation exactly as it was (undo of a delete). */
  async restore(annotation: Annotation, viewer: Viewer = KEEPER): Promise<Annotation> {
    const valid = checked(annotation);
    // A person puts back only what was theirs: the undo of their own delete.
    if (viewer.kind === 'person') requireChangeable(viewer, valid);
    return this.library.changeAnnotations((annotations) => {
      if (annotations.some((a) => a.id === valid.id))
        throw new ArchiveError('duplicate', `Annotation ${valid.id} is already in the library.`);
      return { ops: [{ op: 'put', annotation: valid }], result: valid };
    });
  }

  // --- Tags ------------------------------------------------------------------------------------

  async addTag(articleId: string, tagText: string, viewer: Viewer = KEEPER): Promise<string[]> {
    const tag = requireTag(tagText);
    const located = this.requireArticle(articleId);
    const source = articleSource(articleId);
    await this.library.changeAnnotations((annotations) => {
      if (ownedBy(viewer, annotations).some((a) => a.motivation === 'tagging' && a.target.source === source && tagsOf(a).includes(tag)))
        return { ops: [], result: undefined };
      const annotation = checked(
        newAnnotation({
          motivation: 'tagging',
          source,
          place: placeOfArticle(located.issue, located.article),
          body: [tagBody(tag)],
          now: this.now(),
          creator: creatorOf(viewer),
        }),
      );
      return { ops: [{ op: 'put', annotation }], result: undefined };
    });
    return this.articleTags(articleId, viewer);
  }

  async removeTag(articleId: string, tagText: string, viewer: Viewer = KEEPER): Promise<string[]> {
    const tag = normaliseTag(tagText);
    const source = articleSource(articleId);
    await this.library.changeAnnotations((annotations) => ({
      ops: ownedBy(viewer, annotations)
        .filter((a) => a.motivation === 'tagging' && a.target.source === source && tagsOf(a).includes(tag))
        .map((a) => ({ op: 'delete', id: a.id })),
      result: undefined,
    }));
    return this.articleTags(articleId, viewer);
  }

  /** Renames a tag everywhere (merging into `to` where it already exists); answers how many marks changed. */
  async renameTag(fromText: string, toText: string, viewer: Viewer = KEEPER): Promise<number> {
    const from = normaliseTag(fromText);
    const to = requireTag(toText);
    if (from === to) return 0;
    const stamp = this.now().toISOString();
    // The keeper renames everywhere, as before; a person renames only their own tags.
    return this.library.changeAnnotations((annotations) =>
      renameTagIn(viewer.kind === 'keeper' ? annotations : ownedBy(viewer, annotations), from, to, stamp),
    );
  }

  tags(viewer: Viewer = KEEPER): TagCount[] {
    return tagCounts(this.visible(viewer));
  }

  private articleTags(articleId: string, viewer: Viewer): string[] {
    const source = articleSource(articleId);
    const tags = new Set<string>();
    for (const a of ownedBy(viewer, this.all()))
      if (a.motivation === 'tagging' && a.target.source === source) for (const t of tagsOf(a)) tags.add(t);
    return [...tags].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
  }

  // --- Bookmarks -------------------------------------------------------------------------------

  async setBookmark(ref: SourceRef, on: boolean, viewer: Viewer = KEEPER): Promise<boolean> {
    const catalogue = this.catalogue();
    let source: string;
    let place;
    if (ref.kind === 'article') {
      const located = this.requireArticle(ref.articleId);
      source = articleSource(ref.articleId);
      place = placeOfArticle(located.issue, located.article);
    } else {
      const issue = catalogue.issue(ref.issueId);
      if (!issue) throw new ArchiveError('not-found', `No issue with id ${ref.issueId} in this library.`);
      source = issueSource(ref.issueId);
      place = placeOfIssue(issue);
    }
    const stamp = this.now();
    await this.library.changeAnnotations((annotations) => {
      const stars = ownedBy(viewer, annotations).filter((a) => a.motivation === 'bookmarking' && a.target.source === source);
      const ops: AnnotationOp[] = [];
      const creator = creatorOf(viewer);
      if (on && stars.length === 0)
        ops.push({ op: 'put', annotation: checked(newAnnotation({ motivation: 'bookmarking', source, place, now: stamp, creator })) });
      if (!on) for (const star of stars) ops.push({ op: 'delete', id: star.id });
      return { ops, result: undefined };
    });
    return on;
  }

  isBookmarked(ref: SourceRef, viewer: Viewer = KEEPER): boolean {
    const source = ref.kind === 'article' ? articleSource(ref.articleId) : issueSource(ref.issueId);
    return this.all().some((a) => a.motivation === 'bookmarking' && a.target.source === source && owns(viewer, a));
  }

  /** The viewer's own stars (the keeper's: those made at the desktop). */
  bookmarks(viewer: Viewer = KEEPER): BookmarkRow[] {
    return bookmarkRows(ownedBy(viewer, this.all()), this.catalogue());
  }

  // --- Listing ---------------------------------------------------------------------------------

  /**
   * Highlights and notes across the library, newest first. Marks whose article has gone are
   * looked for again first (an issue deleted and imported anew), so the list shows them in place.
   */
  async list(filters: AnnotationFilters = {}, viewer: Viewer = KEEPER): Promise<{ rows: AnnotationRow[]; total: number }> {
    await this.reanchorDangling();
    const seen = this.visible(viewer);
    const { rows, total } = annotationRows(seen, this.catalogue(), filters);
    if (viewer.kind === 'keeper' && !seen.some((a) => a.creator !== undefined)) return { rows, total };
    const byId = new Map(seen.map((a) => [a.id, a]));
    return {
      rows: rows.map((row) => {
        const a = byId.get(row.id);
        return a ? { ...row, ...authorship(viewer, a) } : row;
      }),
      total,
    };
  }

  /** Re-anchors every annotation whose source id is no longer in the catalogue. */
  async reanchorDangling(): Promise<number> {
    const catalogue = this.catalogue();
    const dangling = this.all().filter((a) => !sourceExists(a, catalogue));
    if (dangling.length === 0) return 0;
    const changes = await reanchorAll(dangling, catalogue, (issueId) => this.library.getTexts(issueId));
    await this.applyAnchorChanges(changes);
    return changes.length;
  }

  /** Re-anchors the given annotations (freshly imported ones) in the library's texts. */
  async reanchor(annotations: readonly Annotation[]): Promise<void> {
    const changes = await reanchorAll(annotations, this.catalogue(), (issueId) => this.library.getTexts(issueId));
    await this.applyAnchorChanges(changes);
  }

  private async applyAnchorChanges(changes: readonly AnchorChange[]): Promise<void> {
    if (changes.length === 0) return;
    const byId = new Map(changes.map((c) => [c.id, c]));
    await this.library.changeAnnotations((annotations) => {
      const ops: AnnotationOp[] = [];
      for (const current of annotations) {
        const change = byId.get(current.id);
        if (!change) continue;
        const annotation = structuredClone(current);
        if (change.source !== undefined) annotation.target.source = change.source;
        if (change.place !== undefined) annotation.target.place = change.place;
        if (change.selector !== undefined) annotation.target.selector = change.selector;
        if (change.orphaned) annotation.orphaned = true;
        else delete annotation.orphaned;
        ops.push({ op: 'put', annotation });
      }
      return { ops, result: undefined };
    });
  }

  private requireArticle(articleId: string) {
    const located = this.catalogue().article(articleId);
    if (!located) throw new ArchiveError('not-found', `No article with id ${articleId} in this library.`);
    return located;
  }
}

function belongsToArticle(annotation: Annotation, articleId: string, catalogue: Catalogue): boolean {
  if (annotation.target.source === articleSource(articleId)) return true;
  const source = parseSource(annotation.target.source);
  if (source?.kind !== 'article' || catalogue.article(source.articleId)) return false;
  const resolved = catalogue.resolve(annotation.target);
  return resolved?.kind === 'article' && resolved.article.id === articleId;
}

function sourceExists(annotation: Annotation, catalogue: Catalogue): boolean {
  const source = parseSource(annotation.target.source);
  if (!source) return false;
  return source.kind === 'article' ? catalogue.article(source.articleId) !== undefined : catalogue.issue(source.issueId) !== undefined;
}

function textOrder(a: HighlightView, b: HighlightView): number {
  const aStart = a.anchor.status === 'anchored' ? a.anchor.start : Number.MAX_SAFE_INTEGER;
  const bStart = b.anchor.status === 'anchored' ? b.anchor.start : Number.MAX_SAFE_INTEGER;
  return aStart - bStart || a.created.localeCompare(b.created);
}

/** The selection without the blank space and line breaks at its edges; null if nothing is left. */
function trimRange(text: string, range: Range): Range | null {
  if (
    !Number.isInteger(range.start) ||
    !Number.isInteger(range.end) ||
    range.start < 0 ||
    range.end > text.length ||
    range.end <= range.start
  )
    return null;
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  // Never split a character outside the Basic Multilingual Plane.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
  return end > start ? { start, end } : null;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function requireTag(text: string): string {
  const tag = normaliseTag(text);
  if (tag === '') throw new ArchiveError('bad-input', 'A tag cannot be empty.');
  return tag;
}

function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseTag).filter((t) => t !== ''))];
}

function checked(annotation: Annotation): Annotation {
  const result = AnnotationSchema.safeParse(annotation);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ArchiveError(
      'bad-input',
      `The annotation is not valid (${first?.path.join('.') || 'annotation'}: ${first?.message ?? 'invalid'}).`,
    );
  }
  return result.data;
}

function notFound(id: string): ArchiveError {
  return new ArchiveError('not-found', `No annotation ${id} in this library; it may have been deleted in another window.`);
}
