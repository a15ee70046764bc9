import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CATALOG_SCHEMA_VERSION, IssueSchema, IssueTextsSchema } from '../../../shared/catalog';
import type { Issue, IssueTexts } from '../../../shared/catalog';
import { ArchiveError } from '../errors';
import { commitIssue } from './commit-issue';
import { writeFileDurably } from './durable-file';
import { recordHistory } from './history';
import { RECYCLE_DIR, recycledFile, textsFile } from './layout';
import type { Library } from './library';

/**
 * The recycle area: deleting an issue moves its catalogue entry and texts to recycle/<id>.json,
 * from which it can be restored as it was. Originals stay where they are (content-addressed, and
 * perhaps shared); annotations are not touched, so a restored issue finds its marks again.
 */
const RecycledSchema = z.strictObject({
  format: z.literal('bulletin-archive/recycled'),
  deletedAt: z.string(),
  issue: IssueSchema,
  texts: IssueTextsSchema.nullable(),
});
export type RecycledIssue = z.infer<typeof RecycledSchema>;

/** Moves an issue to the recycle area: recycled copy first, then the entry (the commit point), then its texts. */
export async function recycleIssue(library: Library, issueId: string, options: { undoes?: string } = {}): Promise<Issue> {
  // Filled inside the catalogue change; a holder, because TypeScript cannot see the callback run.
  const removed: { value: { issue: Issue; texts: IssueTexts | null } | null } = { value: null };
  const written: string[] = [];
  try {
    await library.writeCatalog(
      async (catalog) => {
        const index = catalog.issues.findIndex((i) => i.id === issueId);
        if (index < 0) throw ArchiveError.of('not-found', { code: 'issue-not-found', issueId });
        const issue = catalog.issues[index]!;
        const texts = await library.getTexts(issueId).catch(() => null);
        const file = path.join(library.dir, recycledFile(issueId));
        await fs.mkdir(path.join(library.dir, RECYCLE_DIR), { recursive: true });
        const recycled: RecycledIssue = { format: 'bulletin-archive/recycled', deletedAt: new Date().toISOString(), issue, texts };
        await writeFileDurably(file, `${JSON.stringify(recycled)}\n`);
        written.push(file);
        catalog.issues.splice(index, 1);
        removed.value = { issue, texts };
      },
      async () => {
        if (!removed.value) return;
        const { issue, texts } = removed.value;
        await recordHistory(library.dir, {
          action: options.undoes ? 'undo' : 'delete',
          before: { issue, ...(texts && { texts }) },
          after: null,
          ...(options.undoes !== undefined && { undoes: options.undoes }),
        });
      },
    );
  } catch (error) {
    for (const file of written) await fs.rm(file, { force: true });
    throw error;
  }
  if (!removed.value) throw ArchiveError.of('not-found', { code: 'issue-not-found', issueId });
  const { issue } = removed.value;
  // After the commit point: a crash here leaves texts that `verify` reports as belonging to no issue.
  await fs.rm(path.join(library.dir, textsFile(issueId)), { force: true });
  return issue;
}

export async function listRecycled(library: Library): Promise<RecycledIssue[]> {
  let names: string[];
  try {
    names = await fs.readdir(path.join(library.dir, RECYCLE_DIR));
  } catch {
    return [];
  }
  const out: RecycledIssue[] = [];
  for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
    const recycled = await readRecycled(library, name.slice(0, -'.json'.length)).catch(() => null);
    if (recycled) out.push(recycled);
  }
  return out.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

async function readRecycled(library: Library, issueId: string): Promise<RecycledIssue> {
  let text: string;
  try {
    text = await fs.readFile(path.join(library.dir, recycledFile(issueId)), 'utf8');
  } catch {
    throw ArchiveError.of('not-found', { code: 'recycled-not-found', issueId });
  }
  const parsed = RecycledSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw ArchiveError.of('library-damaged', { code: 'texts-damaged', issueId, reason: parsed.error.issues[0]?.message ?? 'wrong shape' });
  return parsed.data;
}

/** Brings a deleted issue back as it was, through the commit path (so the duplicate rule still holds). */
export async function restoreRecycled(library: Library, issueId: string, options: { undoes?: string } = {}): Promise<Issue> {
  const recycled = await readRecycled(library, issueId);
  const texts = recycled.texts ?? { schemaVersion: CATALOG_SCHEMA_VERSION, issueId, articles: recycled.issue.articles.map((a) => ({ id: a.id, sections: [] })) };
  const issue = await commitIssue(library, () => ({
    issue: recycled.issue,
    texts,
    action: options.undoes ? 'undo' : 'restore',
    ...(options.undoes !== undefined && { undoes: options.undoes }),
  }));
  await fs.rm(path.join(library.dir, recycledFile(issueId)), { force: true });
  return issue;
}

/** The issues in the recycle area: their files are still needed, so `verify` does not call them orphans. */
export async function recycledIssues(library: Library): Promise<Issue[]> {
  return (await listRecycled(library)).map((r) => r.issue);
}
