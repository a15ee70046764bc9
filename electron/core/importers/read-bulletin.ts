import type { ParsedIssue } from '../../../shared/bulletin';
import type { ArchiveMessage, FileKind } from '../../../shared/messages';
import type { DecodeFailureCode } from '../encoding/decode';
import { decodeBulletinBytes } from '../encoding/decode';
import { ArchiveError } from '../errors';
import { parseBulletin } from '../parser';
import { detectDocumentKind, extractBulletinText } from './extract';
import { foldCjkRadicals } from './extract/fold-radicals';
import { pagesFromPdf } from './pdf-pages';

/**
 * From a file's bytes to a parsed bulletin, or a clear reason why not. Pure: touches no library.
 * Text files are decoded here; PDF and Word files are read in a worker (./extract) and their
 * text goes to the same parser. What the file is, is told by its bytes, not its name.
 */
export interface ReadBulletin {
  parsed: ParsedIssue;
  /** The text the parser read, for the review screen's side-by-side view. */
  text: string;
  encoding: string | null;
  defaultExt: string;
}

export async function readBulletin(name: string, bytes: Uint8Array): Promise<ReadBulletin> {
  const { text, encoding, defaultExt, kind, pageStarts, warnings } = await readBulletinText(name, bytes);
  const parsed = parseBulletin(text);
  if (parsed.series.trim() === '' || parsed.articles.length === 0) {
    // The advice depends on the kind of file: a PDF or Word file is never sent to find a .txt.
    const missing = parsed.series.trim() === '' ? 'series' : 'articles';
    throw ArchiveError.of('not-a-bulletin', { code: 'not-a-bulletin', file: name, kind, missing });
  }
  const withPages = pageStarts ? pagesFromPdf(parsed, text, pageStarts) : parsed;
  return { parsed: { ...withPages, warnings: [...warnings, ...withPages.warnings] }, text, encoding, defaultExt };
}

/** What a file's reader made of it, before any bulletin parsing. */
export interface BulletinText {
  text: string;
  encoding: string | null;
  defaultExt: string;
  kind: FileKind;
  pageStarts: number[] | null;
  warnings: ArchiveMessage[];
}

/**
 * The text as the importer reads it: decoded (text files), laid out (PDF) or extracted (Word),
 * before the parser sees it. `parse --text` prints it, so a refused file can be looked at.
 */
export async function readBulletinText(name: string, bytes: Uint8Array): Promise<BulletinText> {
  if (bytes.byteLength === 0) throw ArchiveError.of('empty-file', { code: 'file-empty', file: name });
  const kind = detectDocumentKind(bytes);
  if (kind) {
    const extracted = await extractBulletinText(name, bytes);
    if (!extracted.ok) throw new ArchiveError(extracted.code, extracted.message, extracted.said);
    // A PDF's font may map an ideograph's glyph to a radical code point (工 as ⼯ U+2F2F): the
    // page shows 工 and a person searches and catalogues 工, so the text keeps the ideograph.
    // Folding keeps offsets (one BMP character for one), so pageStarts stay true.
    const text = kind === 'pdf' ? foldCjkRadicals(extracted.text) : extracted.text;
    return { text, encoding: null, defaultExt: kind, kind, pageStarts: extracted.pageStarts ?? null, warnings: extracted.warnings };
  }
  const decoded = decodeBulletinBytes(bytes);
  if (!decoded.ok) throw ArchiveError.of(decoded.code, { code: DECODE_FAILURES[decoded.code], file: name });
  return { text: decoded.text, encoding: decoded.encoding, defaultExt: 'txt', kind: 'txt', pageStarts: null, warnings: [] };
}

const DECODE_FAILURES = {
  'empty-file': 'file-blank',
  'binary-file': 'file-binary',
  'unreadable-file': 'unknown-encoding',
} as const satisfies Record<DecodeFailureCode, ArchiveMessage['code']>;
