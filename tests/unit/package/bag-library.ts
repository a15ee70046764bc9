import { createHash } from 'node:crypto';
import { mkdtempSync, promises as fs, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract } from 'tar-stream';
import yauzl from 'yauzl';
import { articleText } from '../../../shared/annotations';
import { AnnotationStore, findOccurrence } from '../../../electron/core/annotations';
import { openLibrary } from '../../../electron/core/library';
import type { Library } from '../../../electron/core/library';
import { sampleBytes } from '../../helpers/temp-library';

/**
 * The library the package tests share: the sample issue imported from its PDF (a PDF original),
 * its text attached as a second file, a second series, and annotations of every kind (a
 * highlight with a note, an article note, a tag, a bookmark). Built once per test file.
 */
export const SAMPLE_PDF = path.resolve(__dirname, '../../fixtures/pdf/sample-kjqbck-2024-03.pdf');
const SECOND = path.resolve(__dirname, '../../fixtures/bulletins/keji-tepaiyuan-jianbao-03.txt');

export interface BagLibrary {
  library: Library;
  issueId: string;
  otherId: string;
  root: string;
  cleanup(): void;
}

export async function bagLibrary(): Promise<BagLibrary> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bag-test-'));
  const library = await openLibrary(path.join(root, 'library'), { create: true });
  const pdf = await library.importBulletin({ name: 'kjqbck-2024-03.pdf', bytes: readFileSync(SAMPLE_PDF) });
  if (pdf.status !== 'imported') throw new Error(`sample PDF: ${pdf.message}`);
  const attached = await library.importBulletin({ name: 'kjqbck-2024-03.txt', bytes: sampleBytes() }, { sameIssue: 'attach' });
  if (attached.status !== 'imported') throw new Error(`attach: ${attached.message}`);
  const other = await library.importBulletin({ name: 'keji-tepaiyuan-jianbao-03.txt', bytes: readFileSync(SECOND) });
  if (other.status !== 'imported') throw new Error(`second: ${other.message}`);
  const store = new AnnotationStore(library);
  const articleId = `${pdf.issueId}-1`;
  const text = articleText((await library.getArticle(articleId)).sections);
  const range = findOccurrence(text, text.slice(10, 18), 1);
  if (!range) throw new Error('no range');
  await store.highlight({ articleId, ...range, color: 'green', note: '注意 & <核对>' });
  await store.addArticleNote(`${pdf.issueId}-2`, '文章批注');
  await store.addTag(articleId, '稀土');
  await store.setBookmark({ kind: 'issue', issueId: pdf.issueId }, true);
  return { library, issueId: pdf.issueId, otherId: other.issueId, root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every file of a bag as bytes, read with other code than the archive's own readers. */
export async function bagFiles(bag: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const stat = await fs.stat(bag);
  if (stat.isDirectory()) {
    const walk = async (rel: string): Promise<void> => {
      for (const e of await fs.readdir(path.join(bag, rel), { withFileTypes: true })) {
        const child = rel === '' ? e.name : `${rel}/${e.name}`;
        if (e.isDirectory()) await walk(child);
        else out.set(child, await fs.readFile(path.join(bag, child)));
      }
    };
    await walk('');
  } else if (bag.endsWith('.zip')) {
    const zip = await yauzl.openPromise(bag, { lazyEntries: true });
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      out.set(entry.fileName, await collect(await zip.openReadStreamPromise(entry)));
    }
    zip.close();
  } else {
    const tar = extract();
    const done = new Promise<void>((resolve, reject) => {
      tar.on('entry', (header, stream, next) => {
        void collect(stream).then((bytes) => {
          out.set(header.name, bytes);
          next();
        }, reject);
      });
      tar.on('finish', resolve);
      tar.on('error', reject);
    });
    await fs.readFile(bag).then((bytes) => tar.end(bytes));
    await done;
  }
  return out;
}

async function collect(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    if (!(chunk instanceof Uint8Array)) throw new Error('a stream of bytes was expected');
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * RFC 8493 checked from scratch: bagit.txt, every manifest line recomputed, every payload file
 * listed, Payload-Oxum, the tag manifest, bag-info's fields. Returns what is wrong (empty: valid).
 */
export function rfc8493Problems(files: ReadonlyMap<string, Buffer>): string[] {
  const problems: string[] = [];
  const text = (name: string): string => files.get(name)?.toString('utf8') ?? '';
  if (text('bagit.txt') !== 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n') problems.push(`bagit.txt is ${JSON.stringify(text('bagit.txt'))}`);
  const manifest = new Map<string, string>();
  for (const line of text('manifest-sha256.txt').split('\n').filter(Boolean)) {
    const m = /^([0-9a-f]{64}) +(data\/.+)$/.exec(line);
    if (!m) problems.push(`manifest line ${line}`);
    else manifest.set(m[2]!, m[1]!);
  }
  const payload = [...files.keys()].filter((p) => p.startsWith('data/'));
  for (const p of payload) {
    if (!manifest.has(p)) problems.push(`${p} not in the manifest`);
    else if (manifest.get(p) !== sha256(files.get(p)!)) problems.push(`${p} checksum differs`);
  }
  for (const p of manifest.keys()) if (!files.has(p)) problems.push(`${p} listed, absent`);
  const info = new Map(text('bag-info.txt').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()] as const));
  const bytes = payload.reduce((sum, p) => sum + files.get(p)!.length, 0);
  if (info.get('Payload-Oxum') !== `${bytes}.${payload.length}`) problems.push(`Payload-Oxum ${info.get('Payload-Oxum')}, payload ${bytes}.${payload.length}`);
  for (const field of ['Source-Organization', 'Bagging-Date', 'Bag-Count', 'External-Description', 'Bag-Software-Agent', 'External-Identifier']) {
    if (!info.get(field)) problems.push(`bag-info.txt lacks ${field}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(info.get('Bagging-Date') ?? '')) problems.push('Bagging-Date is not YYYY-MM-DD');
  const tags = new Map(text('tagmanifest-sha256.txt').split('\n').filter(Boolean).map((l) => [l.split(/ +/)[1]!, l.split(/ +/)[0]!] as const));
  for (const tag of ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt']) {
    if (tags.get(tag) !== sha256(files.get(tag) ?? Buffer.alloc(0))) problems.push(`tagmanifest line for ${tag}`);
  }
  return problems;
}
