import { z } from 'zod';
import type { Issue } from '../catalog';
import { ArticleEditsSchema } from '../article-edit';
import { CatalogueSettingsPatchSchema } from '../catalogue-fields';
import type { CatalogueSettings } from '../catalogue-fields';
import { HistoryFilterSchema } from '../history';
import type { HistoryRow } from '../history';
import { IssueIdSchema } from '../ids';
import { IssuePatchSchema } from './library';

/**
 * The issue record after import (issue 14): articles edited on the issue page, batch work, the
 * history with undo, the recycle area, and the library's 档号 settings.
 */
export interface RecycledRow {
  issueId: string;
  series: string;
  year: number | null;
  number: number | null;
  deletedAt: string;
  articleCount: number;
}

export interface HistoryFile {
  fileName: string;
  mime: string;
  text: string;
}

export const catalogueMethods = {
  'issues.editArticles': { input: z.strictObject({ issueId: IssueIdSchema, articles: ArticleEditsSchema }) },
  'issues.updateMany': { input: z.strictObject({ issueIds: z.array(IssueIdSchema).min(1).max(10_000), patch: IssuePatchSchema }) },
  'history.list': { input: HistoryFilterSchema },
  'history.undo': { input: z.strictObject({ entryId: z.string().min(1).max(100).optional() }) },
  'history.export': { input: z.strictObject({ format: z.enum(['csv', 'json']), issueId: IssueIdSchema.optional(), series: z.string().optional() }) },
  'recycle.list': { input: z.strictObject({}) },
  'recycle.restore': { input: z.strictObject({ issueId: IssueIdSchema }) },
  'catalogue.settings': { input: z.strictObject({}) },
  'catalogue.setSettings': { input: z.strictObject({ patch: CatalogueSettingsPatchSchema }) },
} as const;

export interface CatalogueOutputs {
  'issues.editArticles': Issue;
  'issues.updateMany': { updated: number };
  'history.list': HistoryRow[];
  'history.undo': { undone: string; issueId: string | null };
  'history.export': HistoryFile;
  'recycle.list': RecycledRow[];
  'recycle.restore': Issue;
  'catalogue.settings': CatalogueSettings;
  'catalogue.setSettings': CatalogueSettings;
}
