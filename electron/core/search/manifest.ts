import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../library/durable-file';

/**
 * `<library>/index/manifest.json`: which segment files make up the index and, for each, the
 * issues it covers with the fingerprint they had when indexed. Comparing that with the catalogue
 * tells what to add, drop or redo. It is written last, after the segments it names: the commit
 * point of every index change.
 */
export const INDEX_DIR = 'index';
export const MANIFEST_FILE = 'manifest.json';
// 2: segments of format 3 (paged, compressed postings; issue 19). An index of format 1 is built again, with a notice.
export const INDEX_FORMAT = 2;

const ManifestSchema = z.strictObject({
  format: z.literal(INDEX_FORMAT),
  segments: z.array(
    z.strictObject({
      file: z.string().regex(/^seg-[0-9a-f]{8,32}\.bin$/),
      articles: z.number().int().nonnegative(),
      /** issue id → fingerprint of the catalogue entry it was indexed from */
      issues: z.record(z.string(), z.string()),
    }),
  ),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export function indexDir(libraryDir: string): string {
  return path.join(libraryDir, INDEX_DIR);
}

/** The manifest, or null when there is none or it is not one this version can use. */
export async function readManifest(libraryDir: string): Promise<{ manifest: Manifest | null; problem: string | null }> {
  let text: string;
  try {
    text = await fs.readFile(path.join(indexDir(libraryDir), MANIFEST_FILE), 'utf8');
  } catch {
    return { manifest: null, problem: null };
  }
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { manifest: parsed.data, problem: null };
    return { manifest: null, problem: 'the search index manifest is of another format or damaged' };
  } catch {
    return { manifest: null, problem: 'the search index manifest is damaged' };
  }
}

export async function writeManifest(libraryDir: string, manifest: Manifest): Promise<void> {
  await fs.mkdir(indexDir(libraryDir), { recursive: true });
  await writeFileDurably(path.join(indexDir(libraryDir), MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
}
