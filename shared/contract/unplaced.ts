import { z } from 'zod';
import type { UnplacedLine } from '../bulletin';
import { ArticleIdSchema, IssueIdSchema } from '../ids';

/** An issue's unplaced text after import (issue 13): read it, add a line to an article, or discard it. */
const LineSchema = z.number().int().min(0).max(10_000_000);

export const unplacedMethods = {
  'issues.unplaced': { input: z.strictObject({ issueId: IssueIdSchema }) },
  'issues.placeUnplaced': { input: z.strictObject({ issueId: IssueIdSchema, line: LineSchema, articleId: ArticleIdSchema }) },
  'issues.discardUnplaced': { input: z.strictObject({ issueId: IssueIdSchema, line: LineSchema }) },
} as const;

/** Each answers with the unplaced lines that remain. */
export interface UnplacedOutputs {
  'issues.unplaced': UnplacedLine[];
  'issues.placeUnplaced': UnplacedLine[];
  'issues.discardUnplaced': UnplacedLine[];
}
