import { z } from 'zod';

/**
 * A scanned issue (issue 16): what OCR (or a kept PDF text layer) read on each page image, with
 * where each line sits on the page, so the review screen can show the scan beside its text and the
 * reader can show an article's page. Stored per issue as `scans/<issueId>.json` (SCANS_DIR in
 * electron/core/library/layout.ts); the page images themselves are rendered again from the issue's
 * original file (a PDF or an image file kept under files/), never stored twice.
 */

/** Below this confidence (0–100, tesseract's scale) a character is marked for review. */
export const DOUBTFUL_CONFIDENCE = 70;

/** A box on the page image in its pixels: left, top, right, bottom. */
export const ScanBoxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type ScanBox = z.infer<typeof ScanBoxSchema>;

export const ScanLineSchema = z.strictObject({
  /** The line as it went into the text (before any correction). */
  text: z.string(),
  box: ScanBoxSchema,
  /** The line's mean confidence, 0–100 (100 for a kept text layer). */
  confidence: z.number().min(0).max(100),
  /** Characters read with less than DOUBTFUL_CONFIDENCE: offset in `text` and their confidence. */
  doubtful: z.array(z.strictObject({ at: z.number().int().nonnegative(), confidence: z.number().min(0).max(100) })),
  /** Where the line starts in the text the parser read (ReadBulletin.text), for highlighting. */
  textAt: z.number().int().nonnegative(),
});
export type ScanLine = z.infer<typeof ScanLineSchema>;

export const ScanPageSchema = z.strictObject({
  /** 1-based page of the original file (PDF page, or TIFF frame, or 1 for a single image). */
  page: z.number().int().positive(),
  /** The page image OCR read, in pixels, and at what resolution it was rendered. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  dpi: z.number().positive(),
  /** 'ocr' when the page was recognised; 'text-layer' when the PDF's own text was good and kept. */
  source: z.enum(['ocr', 'text-layer']),
  /** Degrees the page was turned to straighten it before reading (0 when not). */
  deskewDegrees: z.number(),
  /** Set when the page looked like vertical text, which OCR here does not read (out of scope). */
  vertical: z.boolean(),
  lines: z.array(ScanLineSchema),
});
export type ScanPage = z.infer<typeof ScanPageSchema>;

export const ScanReadingSchema = z.strictObject({
  version: z.literal(1),
  /** The original file the pages come from (its checksum, as under files/). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** e.g. `tesseract.js 6.0.1 chi_sim+eng` — what read it, for the record. */
  engine: z.string(),
  pages: z.array(ScanPageSchema),
  /** Mean confidence over every recognised character (0–100). */
  confidence: z.number().min(0).max(100),
});
export type ScanReading = z.infer<typeof ScanReadingSchema>;

/** Progress of a long scan: pages done of pages, and the estimate of what is left. */
export interface ScanProgress {
  file: string;
  pagesDone: number;
  pages: number;
  secondsLeft: number | null;
}
