import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ArticleMetaSchema, CATALOG_SCHEMA_VERSION, IssueSchema, SectionSchema } from '../../../shared/catalog';
import type { Issue } from '../../../shared/catalog';
import { ArchiveError } from '../errors';
import type { Library } from '../library';
import { writeFileDurably } from '../library/durable-file';
import { originalFile, textsFile } from '../library/layout';
import { decodeBase64 } from '../api/base64';
import { ISSUE_EXPORT_FORMAT } from './to-json';

const IssueExportSchema = z.strictObject({
  format: z.literal(ISSUE_EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  issue: IssueSchema,
  articles: z.array(ArticleMetaSchema.extend({ issueId: z.string(), sections: z.array(SectionSchema) })),
  originalBase64: z.string().nullable().optional(),
});

/**
 * Restores an issue from its JSON export into a library: the same id, catalogue entry, texts
 * and (when the export carries it) the original file, checked against its checksum. An issue
 * already in the library is refused; nothing is half-written.
 */
export async function restoreIssueFromJson(library: Library, text: string, name = 'export.json'): Promise<Issue> {
  let parsed: z.infer<typeof IssueExportSchema>;
  try {
    parsed = IssueExportSchema.parse(JSON.parse(text));
  } catch (error) {
    const detail = error instanceof z.ZodError ? (error.issues[0]?.message ?? 'wrong shape') : 'not JSON';
    throw new ArchiveError('bad-input', `${name} is not an issue exported by Bulletin Archive (${detail}).`);
  }
  const { issue, articles } = parsed;
  if (articles.length !== issue.articles.length || articles.some((a, i) => a.id !== issue.articles[i]?.id || a.issueId !== issue.id)) {
    throw new ArchiveError(
      'bad-input',
      `${name}: the articles do not match the issue's catalogue entry; the file was changed after export.`,
    );
  }
  const original = parsed.originalBase64 ? decodeBase64(parsed.originalBase64) : null;
  if (original && createHash('sha256').update(original).digest('hex') !== issue.original.sha256) {
    throw new ArchiveError('bad-input', `${name}: the original file inside does not match its checksum; the export is damaged.`);
  }
  const created: string[] = [];
  try {
    return await library.writeCatalog(async (catalog) => {
      const same = catalog.issues.find((i) => i.id === issue.id || i.original.sha256 === issue.original.sha256);
      if (same)
        throw new ArchiveError(
          'duplicate',
          `${name}: this issue is already in the library (${same.series}, id ${same.id}). Nothing was changed.`,
        );
      if (original) {
        const target = path.join(library.dir, originalFile(issue.original.sha256, issue.original.ext));
        if (
          !(await fs.access(target).then(
            () => true,
            () => false,
          ))
        ) {
          await writeFileDurably(target, original);
          created.push(target);
        }
      }
      const texts = path.join(library.dir, textsFile(issue.id));
      const body = {
        schemaVersion: CATALOG_SCHEMA_VERSION,
        issueId: issue.id,
        articles: articles.map((a) => ({ id: a.id, sections: a.sections })),
      };
      await writeFileDurably(texts, `${JSON.stringify(body)}\n`);
      created.push(texts);
      catalog.issues.push(issue);
      return issue;
    });
  } catch (error) {
    await Promise.all(created.map((f) => fs.rm(f, { force: true })));
    throw error;
  }
}
