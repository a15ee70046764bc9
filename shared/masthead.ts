import { z } from 'zod';
import type { Issue } from './catalog';

/**
 * What a masthead may hold: the limits the import review, the masthead editor and the API all
 * check, so a value one accepts the others accept too.
 */
export const MASTHEAD_LIMITS = {
  year: { min: 1900, max: 2200 },
  number: { min: 0, max: 100_000 },
  totalNumber: { min: 0, max: 1_000_000 },
  /** Longest text, in characters, of each text field. */
  series: 200,
  publisher: 500,
  editor: 200,
  reviewer: 200,
  phone: 100,
} as const;

const whole = (limits: { min: number; max: number }) => z.number().int().min(limits.min).max(limits.max).nullable();

/** One schema per masthead field; the parsed bulletin and the masthead patch are built from them. */
export const MastheadFieldSchemas = {
  series: z.string().trim().min(1).max(MASTHEAD_LIMITS.series),
  year: whole(MASTHEAD_LIMITS.year),
  number: whole(MASTHEAD_LIMITS.number),
  totalNumber: whole(MASTHEAD_LIMITS.totalNumber),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  publisher: z.string().max(MASTHEAD_LIMITS.publisher).nullable(),
  editor: z.string().max(MASTHEAD_LIMITS.editor).nullable(),
  reviewer: z.string().max(MASTHEAD_LIMITS.reviewer).nullable(),
  phone: z.string().max(MASTHEAD_LIMITS.phone).nullable(),
};

/**
 * The colophon as the bulletin prints it at the end of an issue (编辑：李涛 审核：… 电话：…),
 * in that order, leaving out what the issue does not have. Every exporter prints these lines.
 */
export function colophonLines(issue: Pick<Issue, 'editor' | 'reviewer' | 'phone'>): string[] {
  const lines = [
    issue.editor && `编辑：${issue.editor}`,
    issue.reviewer && `审核：${issue.reviewer}`,
    issue.phone && `电话：${issue.phone}`,
  ];
  return lines.filter((line): line is string => Boolean(line));
}
