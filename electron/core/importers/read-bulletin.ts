import type { ParsedIssue } from '../../../shared/bulletin';
import { decodeBulletinBytes } from '../encoding/decode';
import { ArchiveError } from '../errors';
import { parseBulletin } from '../parser';

/**
 * From a file's bytes to a parsed bulletin, or a clear reason why not. Pure: touches no library.
 * Text bulletins today; PDF and Word importers hand their extracted text to the same parser.
 */
export interface ReadBulletin {
  parsed: ParsedIssue;
  /** The text the parser read, for the review screen's side-by-side view. */
  text: string;
  encoding: string | null;
  defaultExt: string;
}

export async function readBulletin(name: string, bytes: Uint8Array): Promise<ReadBulletin> {
  if (bytes.byteLength === 0) throw new ArchiveError('empty-file', `${name} is empty: there is nothing to import.`);
  const decoded = decodeBulletinBytes(bytes);
  if (!decoded.ok) throw new ArchiveError(decoded.code, `${name}: ${decoded.message}`);
  const parsed = parseBulletin(decoded.text);
  if (parsed.series.trim() === '' || parsed.articles.length === 0) {
    const missing = parsed.series.trim() === '' ? 'no series title or masthead' : 'no articles';
    throw new ArchiveError(
      'not-a-bulletin',
      `${name} does not look like a bulletin: ${missing} was found. Check that it is the text of a bulletin issue (series title, 年第 N 期, articles).`,
    );
  }
  return { parsed, text: decoded.text, encoding: decoded.encoding, defaultExt: 'txt' };
}
