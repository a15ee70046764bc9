import type { ParsedIssue } from '../../../shared/bulletin';
import type { ScanReading } from '../../../shared/scan';
import type { ArchiveMessage, FileKind } from '../../../shared/messages';
import type { DecodeDamage, DecodeFailureCode, DecodeResult } from '../encoding/decode';
import { decodeBulletinBytes } from '../encoding/decode';
import { ArchiveError } from '../errors';
import { parseBulletin } from '../parser';
import { documentFromText } from './as-document';
import type { DocumentMasthead, NotABulletin } from './as-document';
import { detectDocumentKind, extractBulletinText } from './extract';
import { foldCjkRadicals } from './extract/fold-radicals';
import { detectImageKind, readScan } from './ocr';
import type { ReadScanOptions } from './ocr';
import { pagesFromPdf } from './pdf-pages';
import { withPageJoins } from './page-joins';

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
  /** What the file is, for advice that fits it (a PDF is never sent to find a .txt). */
  fileKind?: FileKind;
  /** Set when the file did not look like a bulletin and was read as a document instead. */
  notABulletin?: NotABulletin | null;
  /** Set for a scan (image file, or PDF with pages read by OCR): what was read where on each page. */
  scan?: ScanReading;
}

export interface ReadOptions {
  /** Keep the file as one document whatever its shape, with this masthead (`import --as-document`). */
  asDocument?: DocumentMasthead;
  /** For scans: progress per page, cancel, deadline (ocr/index.ts). */
  ocr?: ReadScanOptions;
}

/**
 * Nothing is refused for its shape: a file with no series title or no articles is read as a
 * document (one article, all its text, an empty masthead), which the review screen or
 * `import --as-document` completes. Only a file that cannot be read at all throws.
 */
export async function readBulletin(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadBulletin> {
  const { text, encoding, defaultExt, kind, pageStarts, pageJoins, warnings, scan } = await readBulletinText(name, bytes, options.ocr);
  const scanned = scan ? { scan } : {};
  const parsed = parseBulletin(text);
  const missing: NotABulletin | null = parsed.series.trim() === '' ? 'series' : parsed.articles.length === 0 ? 'articles' : null;
  if (missing !== null || options.asDocument) {
    const document = documentFromText(name, text, missing, options.asDocument);
    const withPages = withPageJoins(pageStarts ? pagesFromPdf(document, text, pageStarts) : document, text, pageJoins ?? []);
    return { parsed: { ...withPages, warnings: [...warnings, ...withPages.warnings] }, text, encoding, defaultExt, fileKind: kind, notABulletin: missing, ...scanned };
  }
  const withPages = withPageJoins(pageStarts ? pagesFromPdf(parsed, text, pageStarts) : parsed, text, pageJoins ?? []);
  return { parsed: { ...withPages, warnings: [...warnings, ...withPages.warnings] }, text, encoding, defaultExt, fileKind: kind, notABulletin: null, ...scanned };
}

/**
 * Why a file read as a document cannot go into the library straight away: nobody has given it a
 * series yet. Null for a bulletin, or for a document whose masthead was filled in.
 */
export function documentRefusal(name: string, read: ReadBulletin): ArchiveError | null {
  if (read.parsed.kind !== 'document' || read.parsed.series.trim() !== '') return null;
  if (read.notABulletin === null || read.notABulletin === undefined) return ArchiveError.of('bad-input', { code: 'document-needs-series', file: name });
  const said = { code: 'document-needs-review', file: name, kind: read.fileKind ?? 'txt', missing: read.notABulletin } as const;
  return ArchiveError.of('not-a-bulletin', said);
}

/** What a file's reader made of it, before any bulletin parsing. */
export interface BulletinText {
  text: string;
  encoding: string | null;
  defaultExt: string;
  kind: FileKind;
  pageStarts: number[] | null;
  /** PDFs: where paragraphs were joined across a page or column break (offsets in `text`). */
  pageJoins?: number[] | null;
  warnings: ArchiveMessage[];
  /** Scans only: what OCR read on each page (see ocr/index.ts). */
  scan?: ScanReading;
}

/**
 * The text as the importer reads it: decoded (text files), laid out (PDF) or extracted (Word),
 * before the parser sees it. `parse --text` prints it, so a refused file can be looked at.
 */
export async function readBulletinText(name: string, bytes: Uint8Array, ocr: ReadScanOptions = {}): Promise<BulletinText> {
  if (bytes.byteLength === 0) throw ArchiveError.of('empty-file', { code: 'file-empty', file: name });
  if (detectImageKind(bytes)) return scannedText(name, bytes, ocr);
  const kind = detectDocumentKind(bytes);
  if (kind) {
    const extracted = await extractBulletinText(name, bytes);
    // A PDF with pages that are only images (or whose text layer is garbage) is read by OCR.
    if (!extracted.ok && extracted.code === 'scanned-pdf') return scannedText(name, bytes, ocr);
    if (!extracted.ok) throw new ArchiveError(extracted.code, extracted.message, extracted.said);
    // A PDF's font may map an ideograph's glyph to a radical code point (工 as ⼯ U+2F2F): the
    // page shows 工 and a person searches and catalogues 工, so the text keeps the ideograph.
    // Folding keeps offsets (one BMP character for one), so pageStarts stay true.
    const text = kind === 'pdf' ? foldCjkRadicals(extracted.text) : extracted.text;
    return {
      text,
      encoding: null,
      defaultExt: kind,
      kind,
      pageStarts: extracted.pageStarts ?? null,
      pageJoins: extracted.pageJoins ?? null,
      warnings: extracted.warnings,
    };
  }
  const decoded = decodeBulletinBytes(bytes);
  if (!decoded.ok) throw decodeFailure(name, decoded);
  const warnings: ArchiveMessage[] = decoded.damage === null ? [] : [damageWarning(decoded.damage, decoded.encoding)];
  return { text: decoded.text, encoding: decoded.encoding, defaultExt: 'txt', kind: 'txt', pageStarts: null, warnings };
}

async function scannedText(name: string, bytes: Uint8Array, ocr: ReadScanOptions): Promise<BulletinText> {
  const read = await readScan(name, bytes, ocr);
  return {
    // As for a PDF's own text layer: a radical where an ideograph is meant is folded.
    text: foldCjkRadicals(read.text),
    encoding: null,
    defaultExt: read.defaultExt,
    kind: read.image ? 'image' : 'pdf',
    pageStarts: read.pageStarts,
    pageJoins: read.pageJoins,
    warnings: read.warnings,
    scan: read.scan,
  };
}

/** A file that is no text is said as what it is: a ZIP archive, an OFD document, an old .doc, a broken .docx. */
function decodeFailure(name: string, decoded: Extract<DecodeResult, { ok: false }>): ArchiveError {
  switch (decoded.signature) {
    case 'zip':
      // A .docx whose Word part cannot be found is a damaged Word file, not an archive to unpack.
      if (/\.docx$/i.test(name)) return ArchiveError.of('damaged-docx', { code: 'damaged-docx', file: name, detail: 'its main part (word/document.xml) is missing' });
      return ArchiveError.of('unsupported', { code: 'zip-archive', file: name });
    case 'ofd':
      return ArchiveError.of('unsupported', { code: 'ofd-document', file: name });
    case 'ole':
      return ArchiveError.of('unsupported', { code: 'old-word-format', file: name });
    case 'pdf':
      return ArchiveError.of('damaged-pdf', { code: 'damaged-pdf', file: name, detail: 'its PDF header is damaged' });
    case undefined:
      return ArchiveError.of(decoded.code, { code: DECODE_FAILURES[decoded.code], file: name });
    default: {
      const never: never = decoded.signature;
      return never;
    }
  }
}

const MAX_LINES_NAMED = 5;

function damageWarning(damage: DecodeDamage, encoding: string): ArchiveMessage {
  const named = damage.lines.slice(0, MAX_LINES_NAMED).join(', ');
  const lines = damage.lines.length > MAX_LINES_NAMED ? `${named}, …` : named;
  return { code: 'undecodable-bytes', count: damage.count, lines, encoding: encoding.toUpperCase() };
}

const DECODE_FAILURES = {
  'empty-file': 'file-blank',
  'binary-file': 'file-binary',
  'unreadable-file': 'unknown-encoding',
} as const satisfies Record<DecodeFailureCode, ArchiveMessage['code']>;
