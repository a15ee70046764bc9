import type { ParsedIssue } from '../../../shared/bulletin';
import type { ArchiveMessage, FileKind } from '../../../shared/messages';
import type { DecodeDamage, DecodeFailureCode, DecodeResult } from '../encoding/decode';
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
  if (!decoded.ok) throw decodeFailure(name, decoded);
  const warnings: ArchiveMessage[] = decoded.damage === null ? [] : [damageWarning(decoded.damage, decoded.encoding)];
  return { text: decoded.text, encoding: decoded.encoding, defaultExt: 'txt', kind: 'txt', pageStarts: null, warnings };
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
