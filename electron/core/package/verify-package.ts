import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import type { BagProblem, PackageRun, PackageVerifyReport } from '../../../shared/package';
import { ArchiveError } from '../errors';
import { checkBag } from './bag/check-bag';
import { BagUnreadable, DEFAULT_BAG_LIMITS } from './bag/bag-source';
import type { BagLimits, BagSource } from './bag/bag-source';
import { openBagSource } from './bag/open-bag-source';
import { PACKAGE_MANIFEST_PATH, PackageManifestSchema } from './package-manifest';
import type { PackageManifest } from './package-manifest';

/** A package checked whole and found sound, open for reading its payload. */
export interface OpenedPackage {
  path: string;
  bagInfo: Record<string, string>;
  manifest: PackageManifest;
  /** A payload file (a path under the bag, `data/issues/<id>/issue.json`), whole. */
  readBytes(bagPath: string): Promise<Uint8Array>;
  readText(bagPath: string): Promise<string>;
  /** A payload file as a stream (the originals can be large). */
  open(bagPath: string): Promise<NodeJS.ReadableStream>;
  /** Whether the payload holds this path. */
  has(bagPath: string): boolean;
  close(): Promise<void>;
}

/** Progress and cancel, and (for tests and callers with other needs) the size limits. */
export interface PackageCheckRun extends PackageRun {
  limits?: BagLimits;
}

/** Checks a bag (folder, `.zip` or `.tar`) against RFC 8493 and the package format; never throws for a bad bag. */
export async function verifyPackage(bagPath: string, run: PackageCheckRun = {}): Promise<PackageVerifyReport> {
  const checked = await checkPackage(bagPath, run);
  await checked.source?.close();
  return checked.report;
}

/**
 * Verifies, then opens for reading; a damaged bag is refused with its list of bad files
 * (ArchiveError `package-damaged`). Reading goes through the same container the check read: a
 * folder's files, a zip's entries (inflated again on each read), a tar's entries in place by
 * their offsets (bag/tar-index.ts). Only paths in the verified manifest can be read.
 */
export async function openPackage(bagPath: string, run: PackageCheckRun = {}): Promise<OpenedPackage> {
  const { report, source, manifest, listed } = await checkPackage(bagPath, run);
  if (!report.valid || source === null || manifest === null) {
    await source?.close();
    throw ArchiveError.of('bad-input', { code: 'package-damaged', file: bagPath, count: report.problems.length, problems: summarise(report.problems) });
  }
  const open = (p: string): Promise<Readable> => {
    if (!listed.has(p)) return Promise.reject(ArchiveError.of('not-found', { code: 'no-such-file', file: `${bagPath}/${p}` }));
    return source.open(p);
  };
  return {
    path: bagPath,
    bagInfo: report.bagInfo,
    manifest,
    has: (p) => listed.has(p),
    open,
    readBytes: async (p) => readWhole(await open(p)),
    readText: async (p) => Buffer.from(await readWhole(await open(p))).toString('utf8'),
    close: () => source.close(),
  };
}

interface Checked {
  report: PackageVerifyReport;
  source: BagSource | null;
  manifest: PackageManifest | null;
  listed: Set<string>;
}

async function checkPackage(bagPath: string, run: PackageCheckRun): Promise<Checked> {
  const limits = run.limits ?? DEFAULT_BAG_LIMITS;
  const empty = (problems: BagProblem[]): Checked => ({
    report: { path: bagPath, valid: false, bagInfo: {}, issues: 0, files: 0, payloadBytes: 0, problems },
    source: null,
    manifest: null,
    listed: new Set(),
  });
  let source: BagSource;
  try {
    ({ source } = await openBagSource(bagPath, limits));
  } catch (error) {
    if (error instanceof BagUnreadable) return empty([{ problem: error.problem, detail: error.detail }]);
    throw error;
  }
  let check;
  try {
    check = await checkBag(source, limits, run);
  } catch (error) {
    await source.close();
    throw error;
  }
  const problems = [...check.problems];
  const listed = new Set(check.manifest.map((l) => l.path));
  let manifest: PackageManifest | null = null;
  if (problems.length === 0) {
    manifest = await readPackageManifest(source, listed, problems);
  }
  return {
    report: { path: bagPath, valid: problems.length === 0, bagInfo: check.bagInfo, issues: manifest?.issues.length ?? 0, files: check.files, payloadBytes: check.payloadBytes, problems },
    source,
    manifest,
    listed,
  };
}

/** `data/package.json`, and each issue it names present with its record: else a sound bag, but not a package. */
async function readPackageManifest(source: BagSource, listed: ReadonlySet<string>, problems: BagProblem[]): Promise<PackageManifest | null> {
  if (!listed.has(PACKAGE_MANIFEST_PATH)) {
    problems.push({ problem: 'not-a-package', path: PACKAGE_MANIFEST_PATH, detail: 'no data/package.json' });
    return null;
  }
  let parsed;
  try {
    parsed = PackageManifestSchema.safeParse(JSON.parse(Buffer.from(await readWhole(await source.open(PACKAGE_MANIFEST_PATH))).toString('utf8')));
  } catch (error) {
    problems.push({ problem: 'not-a-package', path: PACKAGE_MANIFEST_PATH, detail: error instanceof Error ? error.message : String(error) });
    return null;
  }
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    problems.push({ problem: 'not-a-package', path: PACKAGE_MANIFEST_PATH, detail: `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}` });
    return null;
  }
  for (const issue of parsed.data.issues) {
    for (const name of ['issue.json', 'texts.json']) {
      const p = `data/issues/${issue.id}/${name}`;
      if (!listed.has(p)) problems.push({ problem: 'missing', path: p, detail: 'named by data/package.json' });
    }
  }
  return problems.length === 0 ? parsed.data : null;
}

async function readWhole(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  await pipeline(stream, new Writable({ write: (chunk: Buffer, _enc, done) => void (chunks.push(chunk), done()) }));
  return new Uint8Array(Buffer.concat(chunks));
}

/** The first problems, one short line each, for the error message (the report lists them all). */
function summarise(problems: readonly BagProblem[]): string {
  const shown = problems.slice(0, 5).map((p) => `${p.problem}${p.path ? ` ${p.path}` : ''}`);
  return problems.length > 5 ? `${shown.join('; ')}; …` : shown.join('; ');
}
