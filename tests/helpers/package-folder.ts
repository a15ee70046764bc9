import { createReadStream, existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { issueFiles } from '../../shared/catalog';
import { parseSource } from '../../shared/annotations';
import { issueIdOfArticle } from '../../shared/ids';
import type { Library } from '../../electron/core/library';
import { formatIssueRef, readHistory } from '../../electron/core/library';
import { toJsonLd } from '../../electron/core/annotations/jsonld';
import type { OpenedPackage } from '../../electron/core/package/verify-package';
import { writeBag } from '../../electron/core/package/bag/write-bag';
import type { PayloadEntry } from '../../electron/core/package/bag/write-bag';
import { PackageManifestSchema } from '../../electron/core/package/package-manifest';
import type { PackageManifest } from '../../electron/core/package/package-manifest';

/**
 * A package's `data/` as docs/package-format.md lays it out, written straight from a library, and
 * read back as an OpenedPackage: the merge is tested against the format itself, not against one
 * BagIt writer (the bag layer has tests of its own).
 */
export interface PackageFolderOptions {
  createdAt?: string;
  only?: (issueId: string) => boolean;
  kind?: PackageManifest['kind'];
  deleted?: PackageManifest['deleted'];
}

export async function writePackageFolder(library: Library, out: string, options: PackageFolderOptions = {}): Promise<string> {
  const { createdAt = '2026-01-01T00:00:00.000Z', only, kind = 'full', deleted = [] } = options;
  const { entries } = await readHistory(library.dir);
  const issues = library.issues().filter((i) => !only || only(i.id));
  const annotations = library.annotations.annotations;
  for (const issue of issues) {
    const folder = path.join(out, 'data', 'issues', issue.id);
    await fs.mkdir(path.join(folder, 'files'), { recursive: true });
    await fs.writeFile(path.join(folder, 'issue.json'), JSON.stringify(issue));
    await fs.writeFile(path.join(folder, 'texts.json'), JSON.stringify(await library.getTexts(issue.id)));
    const mine = annotations.filter((a) => {
      const source = parseSource(a.target.source);
      return source !== null && (source.kind === 'issue' ? source.issueId : issueIdOfArticle(source.articleId)) === issue.id;
    });
    await fs.writeFile(path.join(folder, 'annotations.jsonld'), toJsonLd(mine, issue.id, new Date(createdAt)));
    const lines = entries.filter((e) => e.issueId === issue.id).map((e) => `${JSON.stringify(e)}\n`);
    await fs.writeFile(path.join(folder, 'history.jsonl'), lines.join(''));
    for (const f of issueFiles(issue)) await fs.copyFile(path.join(library.dir, 'files', `${f.sha256}.${f.ext}`), path.join(folder, 'files', `${f.sha256}.${f.ext}`));
  }
  const catalog = library.catalog();
  const manifest: PackageManifest = {
    format: 'bulletin-archive-package',
    formatVersion: 1,
    kind,
    createdAt,
    program: 'tests',
    selection: {},
    since: null,
    base: null,
    series: catalog.series,
    settings: catalog.settings,
    issues: issues.map((i) => ({ id: i.id, ref: formatIssueRef(i), files: issueFiles(i).length, changedAt: null })),
    deleted,
  };
  await fs.writeFile(path.join(out, 'data', 'package.json'), JSON.stringify(manifest));
  return out;
}

export async function openPackageFolder(dir: string): Promise<OpenedPackage> {
  const manifest = PackageManifestSchema.parse(JSON.parse(await fs.readFile(path.join(dir, 'data', 'package.json'), 'utf8')));
  const inside = (bagPath: string) => path.join(dir, ...bagPath.split('/'));
  return {
    path: dir,
    bagInfo: { 'Source-Organization': 'tests' },
    manifest,
    readBytes: async (p) => new Uint8Array(await fs.readFile(inside(p))),
    readText: (p) => fs.readFile(inside(p), 'utf8'),
    open: async (p) => createReadStream(inside(p)),
    has: (p) => existsSync(inside(p)),
    close: async () => undefined,
  };
}

/**
 * The same package as a real bag (folder, .zip or .tar) through the bag layer's writer, so the
 * import is tested as it runs: opened, every checksum checked, then merged.
 */
export async function writePackageBag(library: Library, out: string, options: PackageFolderOptions & { container?: 'folder' | 'zip' | 'tar' } = {}): Promise<string> {
  const stage = `${out}.staging`;
  await writePackageFolder(library, stage, options);
  const files: string[] = [];
  async function walk(rel: string): Promise<void> {
    for (const entry of await fs.readdir(path.join(stage, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else files.push(child);
    }
  }
  await walk('data');
  async function* entries(): AsyncIterable<PayloadEntry> {
    for (const file of files) yield { path: file, source: { file: path.join(stage, ...file.split('/')) } };
  }
  await writeBag(entries(), {
    out,
    container: options.container ?? 'folder',
    info: { sourceOrganization: 'tests', externalDescription: 'merge tests', externalIdentifier: 'tests', softwareAgent: 'tests' },
    total: files.length,
    now: new Date(options.createdAt ?? '2026-01-01T00:00:00.000Z'),
  });
  await fs.rm(stage, { recursive: true, force: true });
  return out;
}
