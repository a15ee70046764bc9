import { z } from 'zod';
import { AnnotationSchema } from './annotations';
import { StoredMessageSchema } from './messages';
import { IssueIdSchema } from './ids';
import { SeriesRecordSchema } from './holdings-record';
import { CatalogueFieldsInEntry, CatalogueSettingsSchema, FileRoleSchema, defaultCatalogueSettings } from './catalogue-fields';

/**
 * What the library keeps about its issues (catalog.json) and their bodies (texts/<issue>.json).
 * These schemas are also the load-time check of every file on disk: a file that does not
 * parse is set aside, never overwritten with defaults.
 */

// 2: warnings are message codes (shared/messages.ts), no longer English prose.
// 3: series are records (`series`); issues say whether they are a 合刊 (numberTo) or a 增刊
//    (supplement); catalogue fields (shared/catalogue-fields.ts), 档号 settings, several files per issue.
// 4 (issue 19): catalog.json is the compacted base and catalog.journal holds the changes since; the
//    base names the journal's generation (`journal`). An older app would ignore the journal (and take
//    the new field for damage), so it must say "update" instead.
export const CATALOG_SCHEMA_VERSION = 4;

export const OriginalFileSchema = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  ext: z.string().regex(/^[a-z0-9]{1,8}$/),
  name: z.string(),
  size: z.number().int().nonnegative(),
  encoding: z.string().nullable(),
});
export type OriginalFile = z.infer<typeof OriginalFileSchema>;

/**
 * A file of an issue besides its original (the PDF beside the text, a better scan, a variant):
 * content-addressed like the original and checked by `verify` the same way.
 */
export const IssueFileSchema = OriginalFileSchema.extend({
  role: FileRoleSchema,
  addedAt: z.string(),
});
export type IssueFile = z.infer<typeof IssueFileSchema>;

export const ArticleMetaSchema = z.strictObject({
  id: z.string(),
  index: z.number().int().positive(),
  title: z.string(),
  page: z.number().int().nullable(),
  column: z.string().nullable(),
  region: z.string().nullable(),
  source: z.string().nullable(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

export const IssueSchema = z.strictObject({
  id: IssueIdSchema,
  series: z.string().min(1),
  year: z.number().int().nullable(),
  number: z.number().int().nullable(),
  totalNumber: z.number().int().nullable(),
  /** 合刊: the last number of a joint issue (第5-6期合刊: number 5, numberTo 6). Absent in older JSON exports. */
  numberTo: z.number().int().nullable().default(null),
  /** 增刊: a supplement, numbered apart from the run; never a gap in it. */
  supplement: z.boolean().default(false),
  date: z.string().nullable(),
  publisher: z.string().nullable(),
  editor: z.string().nullable(),
  reviewer: z.string().nullable(),
  phone: z.string().nullable(),
  // A plain string (an old JSON export) is read as a legacy message; the catalogue migrates its own.
  warnings: z.array(StoredMessageSchema),
  /** Imported without the review screen while the parser had doubts: listed under "needs review". */
  needsReview: z.boolean(),
  importedAt: z.string(),
  /** The main file: what the texts were read from, and what "open the original" opens first. */
  original: OriginalFileSchema,
  articles: z.array(ArticleMetaSchema),
  // Issue 14: the archivist's fields, and the issue's other files (issueFiles() lists them all).
  ...CatalogueFieldsInEntry,
  files: z.array(IssueFileSchema).default(() => []),
});
export type Issue = z.infer<typeof IssueSchema>;

/** Every file of an issue, the original first, each with its role. */
export function issueFiles(issue: Pick<Issue, 'original' | 'files' | 'importedAt'>): IssueFile[] {
  return [{ ...issue.original, role: 'original', addedAt: issue.importedAt }, ...issue.files];
}

export const CatalogSchema = z.strictObject({
  schemaVersion: z.number().int().positive(),
  issues: z.array(IssueSchema),
  /** What the archivist recorded about each series; a series without a record is described by its issues. */
  series: z.array(SeriesRecordSchema).default([]),
  settings: CatalogueSettingsSchema.default(defaultCatalogueSettings),
  /** The generation of catalog.journal written with this base (electron/core/library/catalog-journal.ts); absent before version 4. */
  journal: z.number().int().nonnegative().optional(),
});
export type Catalog = z.infer<typeof CatalogSchema>;

export const SectionSchema = z.strictObject({
  heading: z.string().nullable(),
  paragraphs: z.array(z.string()),
});

export const UnplacedLineSchema = z.strictObject({ line: z.number().int().min(0), text: z.string() });

export const IssueTextsSchema = z.strictObject({
  schemaVersion: z.number().int().positive(),
  issueId: z.string(),
  articles: z.array(z.strictObject({ id: z.string(), sections: z.array(SectionSchema) })),
  /** Source lines no rule placed, kept until a person assigns or discards them; absent in older files. */
  unplaced: z.array(UnplacedLineSchema).optional(),
});
export type IssueTexts = z.infer<typeof IssueTextsSchema>;

// 2: `journal` names the header annotations.journal must start with, so an emptied or lost journal is noticed.
export const ANNOTATIONS_SCHEMA_VERSION = 2;
export const AnnotationsFileSchema = z.strictObject({
  schemaVersion: z.number().int().positive(),
  // W3C Web Annotations: highlights, notes, tags and bookmarks (shared/annotations.ts).
  annotations: z.array(AnnotationSchema),
  /** The generation of annotations.journal written with this snapshot; absent before version 2. */
  journal: z.number().int().nonnegative().optional(),
});
export type AnnotationsFile = z.infer<typeof AnnotationsFileSchema>;

/** An article as the reader shows it: its catalogue entry plus its body. */
export interface Article extends ArticleMeta {
  issueId: string;
  sections: z.infer<typeof SectionSchema>[];
}

/** The short form used in lists. */
export interface IssueSummary {
  id: string;
  series: string;
  year: number | null;
  number: number | null;
  totalNumber: number | null;
  date: string | null;
  articleCount: number;
  importedAt: string;
  needsReview: boolean;
}

export function summariseIssue(issue: Issue): IssueSummary {
  return {
    id: issue.id,
    series: issue.series,
    year: issue.year,
    number: issue.number,
    totalNumber: issue.totalNumber,
    date: issue.date,
    articleCount: issue.articles.length,
    importedAt: issue.importedAt,
    needsReview: issue.needsReview,
  };
}
