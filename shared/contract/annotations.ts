import { z } from 'zod';
import { AnnotationSchema, HIGHLIGHT_COLORS, MAX_NOTE_CHARS, MAX_TAG_CHARS } from '../annotations';
import type { Annotation, AnnotationRow, ArticleAnnotations, BookmarkRow, TagCount, TaggedArticle } from '../annotations';
import { ArticleIdSchema, IssueIdSchema } from './library';

/** Highlights, notes, tags and bookmarks (W3C Web Annotations, shared/annotations.ts). */
const AnnotationIdSchema = z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/);
const ColorSchema = z.enum(HIGHLIGHT_COLORS);
const NoteSchema = z.string().max(MAX_NOTE_CHARS);
const TagSchema = z
  .string()
  .min(1)
  .max(MAX_TAG_CHARS * 2);
const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** UTF-16 offsets in articleText(article.sections). */
const OffsetSchema = z.number().int().nonnegative().max(50_000_000);

const BookmarkTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('issue'), issueId: IssueIdSchema }),
  z.strictObject({ kind: z.literal('article'), articleId: ArticleIdSchema }),
]);

export const ExportScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('article'), articleId: ArticleIdSchema }),
  z.strictObject({ kind: z.literal('issue'), issueId: IssueIdSchema }),
  z.strictObject({ kind: z.literal('all') }),
]);

export const AnnotationFiltersSchema = z.strictObject({
  color: ColorSchema.optional(),
  tag: TagSchema.optional(),
  series: z.string().max(200).optional(),
  from: DaySchema.optional(),
  to: DaySchema.optional(),
  text: z.string().max(200).optional(),
  limit: z.number().int().positive().max(5000).optional(),
});
export type AnnotationFiltersInput = z.infer<typeof AnnotationFiltersSchema>;

export const annotationMethods = {
  'annotations.forArticle': { input: z.strictObject({ articleId: ArticleIdSchema }) },
  'annotations.highlight': {
    input: z.strictObject({
      articleId: ArticleIdSchema,
      start: OffsetSchema,
      end: OffsetSchema,
      color: ColorSchema,
      note: NoteSchema.nullable().optional(),
      /** Reading room (issue 18): shown to everyone, read-only for the others. */
      shared: z.boolean().optional(),
    }),
  },
  'annotations.addNote': { input: z.strictObject({ articleId: ArticleIdSchema, note: NoteSchema, shared: z.boolean().optional() }) },
  'annotations.update': {
    input: z.strictObject({
      id: AnnotationIdSchema,
      color: ColorSchema.optional(),
      note: NoteSchema.nullable().optional(),
      shared: z.boolean().optional(),
    }),
  },
  'annotations.delete': { input: z.strictObject({ id: AnnotationIdSchema }) },
  'annotations.restore': { input: z.strictObject({ annotation: AnnotationSchema }) },
  'annotations.list': { input: z.strictObject({ filters: AnnotationFiltersSchema }) },
  'annotations.export': {
    input: z.strictObject({ scope: ExportScopeSchema, format: z.enum(['md', 'jsonld']), locale: z.enum(['zh', 'en']) }),
  },
  'annotations.import': { input: z.strictObject({ fileName: z.string().max(1024), content: z.string().max(64 * 1024 * 1024) }) },
  'tags.list': { input: z.strictObject({}) },
  'tags.add': { input: z.strictObject({ articleId: ArticleIdSchema, tag: TagSchema }) },
  'tags.remove': { input: z.strictObject({ articleId: ArticleIdSchema, tag: TagSchema }) },
  'tags.rename': { input: z.strictObject({ from: TagSchema, to: TagSchema }) },
  'bookmarks.set': { input: z.strictObject({ target: BookmarkTargetSchema, on: z.boolean() }) },
  'bookmarks.status': { input: z.strictObject({ target: BookmarkTargetSchema }) },
  'bookmarks.list': { input: z.strictObject({}) },
} as const;

export interface AnnotationListing {
  rows: AnnotationRow[];
  /** Rows matching the filters before the limit. */
  total: number;
  tags: TagCount[];
  series: string[];
  /** With a tag filter: the articles carrying that tag. */
  taggedArticles: TaggedArticle[];
}

/** A prepared annotation export (in the export spool, like every export) and how many it holds. */
export interface AnnotationExportView {
  token: string;
  fileName: string;
  mime: string;
  bytes: number;
  count: number;
}

export interface AnnotationImportReport {
  added: number;
  updated: number;
  unchanged: number;
  problems: string[];
}

export interface AnnotationOutputs {
  'annotations.forArticle': ArticleAnnotations;
  'annotations.highlight': Annotation;
  'annotations.addNote': Annotation;
  'annotations.update': Annotation;
  'annotations.delete': Annotation;
  'annotations.restore': Annotation;
  'annotations.list': AnnotationListing;
  'annotations.export': AnnotationExportView;
  'annotations.import': AnnotationImportReport;
  'tags.list': TagCount[];
  'tags.add': string[];
  'tags.remove': string[];
  'tags.rename': { changed: number };
  'bookmarks.set': { bookmarked: boolean };
  'bookmarks.status': { bookmarked: boolean };
  'bookmarks.list': BookmarkRow[];
}
