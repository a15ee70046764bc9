import type { Issue, IssueFile } from '../../../shared/catalog';
import { CATALOG_SCHEMA_VERSION } from '../../../shared/catalog';
import type { SameIssueChoice } from '../../../shared/contract/import';
import type { FileRole } from '../../../shared/catalogue-fields';
import { articleIdOf } from '../../../shared/ids';
import type { ReadBulletin } from '../importers/read-bulletin';
import { ArchiveError } from '../errors';
import { catalogueFieldsOf } from './catalogue-from-parse';
import { commitIssue } from './commit-issue';
import type { Library } from './library';

/**
 * Another file of an issue the library holds (same series, year and number, different bytes):
 * attached beside the original (a PDF beside the text, a better scan), kept as a variant, or
 * made the issue's source, its text replacing the old one. The person chooses; nothing is
 * decided for them (import says which case it is and changes nothing without a choice).
 */
export interface IncomingFile {
  name: string;
  sha256: string;
  ext: string;
  bytes: Uint8Array;
  read: ReadBulletin;
}

export function heldIssueOf(issues: readonly Issue[], parsed: { series: string; year: number | null; number: number | null }): Issue | null {
  if (parsed.year === null || parsed.number === null) return null;
  return issues.find((i) => i.series === parsed.series && i.year === parsed.year && i.number === parsed.number) ?? null;
}

export async function attachToHeldIssue(library: Library, file: IncomingFile, choice: SameIssueChoice): Promise<{ issue: Issue; role: FileRole }> {
  let role: FileRole = 'representation';
  const issue = await commitIssue(library, (issues) => {
    const held = heldIssueOf(issues, file.read.parsed);
    if (!held) throw ArchiveError.of('not-found', { code: 'attach-no-issue', file: file.name });
    const entry: IssueFile = {
      sha256: file.sha256,
      ext: file.ext,
      name: file.name,
      size: file.bytes.byteLength,
      encoding: file.read.encoding,
      role: 'representation',
      addedAt: new Date().toISOString(),
    };
    const originals = [{ sha256: file.sha256, ext: file.ext, bytes: file.bytes }];
    switch (choice) {
      case 'attach': {
        // The same kind of file again is a better scan; another kind sits beside it (PDF beside text).
        role = file.ext === held.original.ext ? 'better-scan' : 'representation';
        return { issue: { ...held, files: [...held.files, { ...entry, role }] }, originals, replaces: held.id, action: 'attach' };
      }
      case 'variant':
        role = 'variant';
        return { issue: { ...held, files: [...held.files, { ...entry, role }] }, originals, replaces: held.id, action: 'attach' };
      case 'replace-text': {
        // The new file becomes the source of the texts; the old original stays, beside it.
        role = 'original';
        const p = file.read.parsed;
        const previous: IssueFile = { ...held.original, role: 'representation', addedAt: held.importedAt };
        const { size, encoding, name, sha256, ext } = entry;
        const fields = catalogueFieldsOf(p);
        const articles = p.articles.map((a, i) => ({
          id: articleIdOf(held.id, i + 1),
          index: i + 1,
          title: a.title,
          page: a.page,
          column: a.column,
          region: a.region,
          source: a.source,
        }));
        const texts = { schemaVersion: CATALOG_SCHEMA_VERSION, issueId: held.id, articles: p.articles.map((a, i) => ({ id: articleIdOf(held.id, i + 1), sections: a.sections })) };
        const issue: Issue = {
          ...held,
          // What the archivist recorded by hand stays; what the new file prints fills the blanks.
          distribution: held.distribution.length > 0 ? held.distribution : fields.distribution,
          printRun: held.printRun ?? fields.printRun,
          original: { sha256, ext, name, size, encoding },
          files: [previous, ...held.files.filter((f) => f.sha256 !== sha256)],
          articles,
        };
        return { issue, texts, originals, replaces: held.id, action: 'replace-text' };
      }
      default: {
        const never: never = choice;
        throw new Error(`unknown choice ${String(never)}`);
      }
    }
  });
  return { issue, role };
}
