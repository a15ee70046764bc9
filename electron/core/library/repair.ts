import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Issue, IssueTexts } from '../../../shared/catalog';
import { CATALOG_SCHEMA_VERSION } from '../../../shared/catalog';
import { articleIdOf } from '../../../shared/ids';
import { ArchiveError } from '../errors';
import { readBulletin } from '../importers/read-bulletin';
import { writeFileDurably } from './durable-file';
import { formatIssueRef } from './issue-ref';
import { DAMAGED_DIR, originalFile, textsFile } from './layout';
import type { Library } from './library';
import { withLibraryLock } from './lock';

/**
 * Repairing an issue from its original (issue 20, defect 4): texts that are missing, damaged or out
 * of step with the catalogue are read again from the original file, and a missing or altered
 * original is restored from a file whose checksum matches. The catalogue entry is never touched:
 * what the cataloguer wrote stays. Texts are rebuilt only when the original still reads as the
 * articles the catalogue lists; otherwise the issue is left as it is and the reason said.
 */
export interface IssueRepair {
  issueId: string;
  ref: string;
  /** What was done. */
  texts: boolean;
  original: boolean;
  /** What could not be done, in English (for the log and --json), or null. */
  unresolved: string | null;
}

export interface IssueHealth {
  originalSound: boolean;
  textsSound: boolean;
}

/** Whether the issue's original and texts are as the catalogue says. */
export async function issueHealth(library: Library, issue: Issue): Promise<IssueHealth> {
  const original = await fs.readFile(path.join(library.dir, originalFile(issue.original.sha256, issue.original.ext))).catch(() => null);
  const originalSound = original !== null && sha256(original) === issue.original.sha256;
  let textsSound = false;
  try {
    const texts = await library.getTexts(issue.id);
    textsSound = texts.articles.map((a) => a.id).join('\n') === issue.articles.map((a) => a.id).join('\n');
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
  }
  return { originalSound, textsSound };
}

/**
 * Repairs one issue, given (when its original is lost) the bytes of a file that may be it. Runs
 * under the library lock; writes only what is broken.
 */
export async function repairIssue(library: Library, issue: Issue, candidate: Uint8Array | null): Promise<IssueRepair> {
  return withLibraryLock(library.dir, async () => {
    const repair: IssueRepair = { issueId: issue.id, ref: formatIssueRef(issue), texts: false, original: false, unresolved: null };
    const health = await issueHealth(library, issue);
    const target = path.join(library.dir, originalFile(issue.original.sha256, issue.original.ext));
    let original = health.originalSound ? await fs.readFile(target) : null;
    if (!health.originalSound) {
      if (candidate === null || sha256(candidate) !== issue.original.sha256) {
        repair.unresolved = `the original file ${originalFile(issue.original.sha256, issue.original.ext)} is missing or altered; give the file with --from`;
        return repair;
      }
      await setAsideIfPresent(library.dir, target);
      await writeFileDurably(target, candidate);
      original = Buffer.from(candidate);
      repair.original = true;
    }
    if (!health.textsSound && original !== null) {
      const texts = await textsFromOriginal(issue, original);
      if (typeof texts === 'string') repair.unresolved = texts;
      else {
        await setAsideIfPresent(library.dir, path.join(library.dir, textsFile(issue.id)));
        await writeFileDurably(path.join(library.dir, textsFile(issue.id)), `${JSON.stringify(texts)}\n`);
        repair.texts = true;
      }
    }
    return repair;
  });
}

/** Every issue with something broken, repaired as far as its original (or a file in `from`) allows. */
export async function repairLibrary(library: Library, from: readonly string[] = []): Promise<IssueRepair[]> {
  const broken: { issue: Issue; health: IssueHealth }[] = [];
  for (const issue of library.issues()) {
    const health = await issueHealth(library, issue);
    if (!health.originalSound || !health.textsSound) broken.push({ issue, health });
  }
  const needOriginals = new Set(broken.filter((b) => !b.health.originalSound).map((b) => b.issue.original.sha256));
  const found = needOriginals.size > 0 ? await findByChecksum(from, needOriginals) : new Map<string, string>();
  const repairs: IssueRepair[] = [];
  for (const { issue, health } of broken) {
    const file = health.originalSound ? undefined : found.get(issue.original.sha256);
    repairs.push(await repairIssue(library, issue, file === undefined ? null : await fs.readFile(file)));
  }
  return repairs;
}

async function textsFromOriginal(issue: Issue, bytes: Uint8Array): Promise<IssueTexts | string> {
  let articles, unplaced;
  try {
    ({ articles, unplaced } = (await readBulletin(issue.original.name, bytes)).parsed);
  } catch (error) {
    return `the original could not be read again (${error instanceof Error ? error.message : String(error)})`;
  }
  if (articles.length !== issue.articles.length) {
    return `the original now reads as ${articles.length} articles but the catalogue lists ${issue.articles.length}; import it again through review to correct the issue`;
  }
  return {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    issueId: issue.id,
    articles: articles.map((a, i) => ({ id: articleIdOf(issue.id, i + 1), sections: a.sections })),
    unplaced,
  };
}

/** Files under the given files and folders whose checksum is one of `wanted`: checksum → path. */
async function findByChecksum(from: readonly string[], wanted: ReadonlySet<string>): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  async function visit(given: string): Promise<void> {
    const stat = await fs.stat(given).catch(() => null);
    if (stat?.isDirectory()) {
      for (const entry of await fs.readdir(given)) if (!entry.startsWith('.')) await visit(path.join(given, entry));
    } else if (stat?.isFile()) {
      const sum = sha256(await fs.readFile(given));
      if (wanted.has(sum) && !found.has(sum)) found.set(sum, given);
    }
  }
  for (const given of from) await visit(given);
  return found;
}

/** What is replaced is kept, untouched, in damaged/ for a person to look at. */
async function setAsideIfPresent(libraryDir: string, file: string): Promise<void> {
  const dir = path.join(libraryDir, DAMAGED_DIR);
  await fs.mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  await fs.rename(file, path.join(dir, `${path.basename(file)}.${stamp}`)).catch((error: unknown) => {
    if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')) throw error;
  });
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
