import { z } from 'zod';
import type { ScanPage, ScanReading } from '../scan';
import { IssueIdSchema } from '../ids';

/**
 * Scanned issues (issue 16): the reading of a draft being reviewed or of an issue in the library,
 * and one page image of it, rendered again from the original (PDF page or image file) as PNG.
 * A draft is named by the draftId of import.preview; an issue by its id.
 */
const ScanOfSchema = z.union([z.strictObject({ draftId: z.uuid() }), z.strictObject({ issueId: IssueIdSchema })]);

export const scanMethods = {
  /** The whole reading (pages, lines, boxes, doubtful characters), or null for an issue that was not scanned. */
  'scan.get': { input: z.strictObject({ of: ScanOfSchema }) },
  /** One page image, PNG, at most `maxWidth` pixels wide (the screen asks for what it shows). */
  'scan.pageImage': { input: z.strictObject({ of: ScanOfSchema, page: z.number().int().positive().max(10_000), maxWidth: z.number().int().min(200).max(6000).optional() }) },
} as const;

export interface ScanPageImage {
  page: number;
  mime: 'image/png';
  width: number;
  height: number;
  dataBase64: string;
}

export interface ScanOutputs {
  'scan.get': ScanReading | null;
  'scan.pageImage': ScanPageImage;
}

export type { ScanPage, ScanReading };
