import { z } from 'zod';
import { ARTICLE_ID_PATTERN, ISSUE_ID_PATTERN } from './ids';

/**
 * Annotations as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): what
 * annotations.json stores, what the JSON-LD export writes and what its import reads back.
 *
 * Every mark a person makes is one Annotation, told apart by its motivation:
 * - `highlighting`: a passage of an article, `target.selector` = [TextQuoteSelector,
 *   TextPositionSelector], the colour in `target.styleClass`, an optional note as a
 *   `commenting` TextualBody;
 * - `commenting`: a note on a whole article (target without selector);
 * - `tagging`: one tag on one article (a `tagging` TextualBody);
 * - `bookmarking`: a star on an issue or an article.
 *
 * Text positions count Unicode code points (as the W3C model says) in the article's text as
 * defined by `articleText`: its section headings and paragraphs, in order, joined with "\n".
 */

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
export const DEFAULT_HIGHLIGHT_COLOR: HighlightColor = 'yellow';

export const MOTIVATIONS = ['highlighting', 'commenting', 'tagging', 'bookmarking'] as const;
export type Motivation = (typeof MOTIVATIONS)[number];

export const MAX_NOTE_CHARS = 20_000;
export const MAX_TAG_CHARS = 60;
export const MAX_QUOTE_CHARS = 20_000;
/** How much text on either side of a quote is kept to find it again. */
export const CONTEXT_CHARS = 32;

const SOURCE_PREFIX = 'urn:bulletin-archive:';

export const TextQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(MAX_QUOTE_CHARS),
  prefix: z.string().max(CONTEXT_CHARS * 2),
  suffix: z.string().max(CONTEXT_CHARS * 2),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

export const TextPositionSelectorSchema = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: 'end must be after start' });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

export const TextualBodySchema = z.strictObject({
  type: z.literal('TextualBody'),
  purpose: z.enum(['commenting', 'tagging']),
  value: z.string().max(MAX_NOTE_CHARS),
  format: z.literal('text/plain').optional(),
});
export type TextualBody = z.infer<typeof TextualBodySchema>;

/** Where the annotated thing was when it was annotated: finds it again after a re-import. */
export const PlaceSchema = z.strictObject({
  series: z.string().min(1).max(200),
  year: z.number().int().nullable(),
  number: z.number().int().nullable(),
  /** The article's number within the issue (1-based); null for an issue bookmark. */
  article: z.number().int().positive().nullable(),
  title: z.string().max(1000).nullable(),
});
export type Place = z.infer<typeof PlaceSchema>;

export const TargetSchema = z.strictObject({
  source: z.string().refine((s) => parseSource(s) !== null, { message: 'not a bulletin-archive article or issue' }),
  selector: z.tuple([TextQuoteSelectorSchema, TextPositionSelectorSchema]).optional(),
  styleClass: z.enum(HIGHLIGHT_COLORS).optional(),
  place: PlaceSchema,
});
export type Target = z.infer<typeof TargetSchema>;

/**
 * Who made a mark in the reading room (issue 18): a W3C `creator` Agent naming the account.
 * The desktop keeper's marks have no creator, exactly as before accounts existed.
 */
export const ACCOUNT_PREFIX = 'urn:bulletin-archive:account:';
export const CreatorSchema = z.strictObject({
  id: z.string().regex(/^urn:bulletin-archive:account:[\p{L}\p{N}._-]{1,64}$/u),
  type: z.literal('Person'),
  nickname: z.string().regex(/^[\p{L}\p{N}._-]{1,64}$/u),
});
export type Creator = z.infer<typeof CreatorSchema>;

export function creatorFor(account: string): Creator {
  return { id: `${ACCOUNT_PREFIX}${account}`, type: 'Person', nickname: account };
}

export const AnnotationSchema = z
  .strictObject({
    id: z.string().regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
    type: z.literal('Annotation'),
    motivation: z.enum(MOTIVATIONS),
    created: z.iso.datetime(),
    modified: z.iso.datetime(),
    body: z.array(TextualBodySchema).max(100),
    target: TargetSchema,
    /** Set when the quote could no longer be found in its article's text; kept, never dropped. */
    orphaned: z.boolean().optional(),
    /** The account that made it; absent for the desktop keeper (issue 18). */
    creator: CreatorSchema.optional(),
    /** A note shown to everyone in the reading room (read-only for the others). */
    shared: z.boolean().optional(),
  })
  .superRefine((a, ctx) => {
    const problem = shapeProblem(a);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
export type Annotation = z.infer<typeof AnnotationSchema>;

function shapeProblem(a: z.infer<typeof AnnotationSchema>): string | null {
  if (a.shared && a.motivation !== 'highlighting' && a.motivation !== 'commenting') return 'only a note or a highlight can be shared';
  if (a.creator && a.creator.id !== `${ACCOUNT_PREFIX}${a.creator.nickname}`) return 'the creator id does not name its account';
  const kind = parseSource(a.target.source)?.kind;
  switch (a.motivation) {
    case 'highlighting':
      return a.target.selector && a.target.styleClass && kind === 'article' ? null : 'a highlight needs an article, selectors and a colour';
    case 'commenting':
      return kind === 'article' && a.body.some((b) => b.purpose === 'commenting') ? null : 'an article note needs an article and a note';
    case 'tagging':
      return kind === 'article' && a.body.length === 1 && a.body[0]?.purpose === 'tagging' ? null : 'a tag needs an article and one tag';
    case 'bookmarking':
      return a.body.length === 0 ? null : 'a bookmark has no body';
    default: {
      const unreachable: never = a.motivation;
      return unreachable;
    }
  }
}

export type SourceRef = { kind: 'article'; articleId: string } | { kind: 'issue'; issueId: string };

export function articleSource(articleId: string): string {
  return `${SOURCE_PREFIX}article:${articleId}`;
}

export function issueSource(issueId: string): string {
  return `${SOURCE_PREFIX}issue:${issueId}`;
}

export function parseSource(source: string): SourceRef | null {
  const match = /^urn:bulletin-archive:(article|issue):([a-z0-9-]{4,70})$/.exec(source);
  if (!match) return null;
  const [, kind, id = ''] = match;
  if (kind === 'article' && ARTICLE_ID_PATTERN.test(id)) return { kind: 'article', articleId: id };
  if (kind === 'issue' && ISSUE_ID_PATTERN.test(id)) return { kind: 'issue', issueId: id };
  return null;
}

/** A tag as people type it: trimmed, inner runs of space made one, never empty. */
export function normaliseTag(tag: string): string {
  return tag.normalize('NFC').trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_CHARS);
}

export function noteOf(annotation: Pick<Annotation, 'body'>): string | null {
  return annotation.body.find((b) => b.purpose === 'commenting')?.value ?? null;
}

export function tagsOf(annotation: Pick<Annotation, 'body'>): string[] {
  return annotation.body.filter((b) => b.purpose === 'tagging').map((b) => b.value);
}

// --- The text positions refer to ------------------------------------------------------------

// One model for every offset: see shared/article-text.ts.
export { articleBlocks, articleText } from './article-text';

/** Code-point offset → UTF-16 offset in `text` (past the end → text.length). */
export function toUtf16Offset(text: string, codePoints: number): number {
  let units = 0;
  let seen = 0;
  while (seen < codePoints && units < text.length) {
    const code = text.charCodeAt(units);
    units += code >= 0xd800 && code <= 0xdbff && units + 1 < text.length ? 2 : 1;
    seen++;
  }
  return units;
}

/** UTF-16 offset → code-point offset in `text`. */
export function toCodePointOffset(text: string, units: number): number {
  let points = 0;
  for (let i = 0; i < units && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!(code >= 0xdc00 && code <= 0xdfff && i > 0)) points++;
  }
  return points;
}

// --- What the API hands the renderer -------------------------------------------------------

/** Where a highlight is in the article's text right now, in UTF-16 offsets of `articleText`. */
export type Anchor = { status: 'anchored'; start: number; end: number } | { status: 'orphaned' };

export interface HighlightView {
  id: string;
  color: HighlightColor;
  note: string | null;
  quote: string;
  tags: string[];
  anchor: Anchor;
  created: string;
  modified: string;
  /** Reading room (issue 18): who made it, shown when it is not the viewer's own. */
  author?: string;
  shared?: boolean;
  /** Someone else's shared mark: shown, not changed. */
  readOnly?: boolean;
}

export interface ArticleNoteView {
  id: string;
  note: string;
  created: string;
  modified: string;
  author?: string;
  shared?: boolean;
  readOnly?: boolean;
}

/** Everything the reader shows beside one article. Highlights in text order, orphans last. */
export interface ArticleAnnotations {
  articleId: string;
  highlights: HighlightView[];
  notes: ArticleNoteView[];
  tags: string[];
  bookmarked: boolean;
}

/** One line of the "all annotations" screen. */
export interface AnnotationRow {
  id: string;
  motivation: 'highlighting' | 'commenting';
  color: HighlightColor | null;
  quote: string | null;
  note: string | null;
  tags: string[];
  orphaned: boolean;
  /** null when the article is no longer in the library (the row still shows where it was). */
  articleId: string | null;
  issueId: string | null;
  place: Place;
  issueDate: string | null;
  created: string;
  modified: string;
  author?: string;
  shared?: boolean;
  readOnly?: boolean;
}

/** An article carrying a tag, for the tag filter of the "all annotations" screen. */
export interface TaggedArticle {
  articleId: string;
  issueId: string;
  place: Place;
}

export interface BookmarkRow {
  id: string;
  kind: 'issue' | 'article';
  issueId: string | null;
  articleId: string | null;
  place: Place;
  created: string;
}

export interface TagCount {
  tag: string;
  count: number;
}
