import { existsSync, promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IssueSchema } from '../../../shared/catalog';
import { parseJsonLd } from '../../../electron/core/annotations';
import { exportPackage, openPackage, PackageManifestSchema, verifyPackage } from '../../../electron/core/package';
import { bagFiles, bagLibrary, rfc8493Problems, sha256 } from './bag-library';
import type { BagLibrary } from './bag-library';

let fixture: BagLibrary;
beforeAll(async () => {
  fixture = await bagLibrary();
}, 120_000);
afterAll(() => fixture.cleanup());

const out = (name: string): string => path.join(fixture.root, name);

describe('a package of the whole library, as a folder, a .zip and a .tar', () => {
  it.each(['full-folder', 'full.zip', 'full.tar'])('%s is a valid BagIt bag holding every issue whole', async (name) => {
    const { library, issueId, otherId } = fixture;
    const report = await exportPackage(library, { out: out(name), sourceOrganization: '呼和浩特市科学技术局', description: '2024 年全部' });
    expect(report).toMatchObject({ container: name.endsWith('.zip') ? 'zip' : name.endsWith('.tar') ? 'tar' : 'folder', kind: 'full', issues: 2 });

    const files = await bagFiles(out(name));
    expect(rfc8493Problems(files)).toEqual([]);
    expect(files.get('bag-info.txt')!.toString()).toMatch(/^Source-Organization: 呼和浩特市科学技术局\nBagging-Date: \d{4}-\d\d-\d\d\nPayload-Oxum: \d+\.\d+\nBag-Count: 1 of 1\nExternal-Description: 2024 年全部\n/);

    // Every file of the issue byte for byte: the PDF original and the attached text.
    const issue = library.getIssue(issueId);
    expect(issue.original.ext).toBe('pdf');
    expect(issue.files).toHaveLength(1);
    for (const file of [issue.original, ...issue.files]) {
      const packed = files.get(`data/issues/${issueId}/files/${file.sha256}.${file.ext}`);
      expect(packed && sha256(packed)).toBe(file.sha256);
    }
    // The catalogue entry and texts exactly as the library keeps them.
    expect(IssueSchema.parse(JSON.parse(files.get(`data/issues/${issueId}/issue.json`)!.toString()))).toEqual(issue);
    const texts = await fs.readFile(path.join(library.dir, 'texts', `${issueId}.json`));
    expect(files.get(`data/issues/${issueId}/texts.json`)!.equals(texts)).toBe(true);
    // All annotations of the issue's articles: highlight with note, article note, tag, bookmark.
    const packed = parseJsonLd(files.get(`data/issues/${issueId}/annotations.jsonld`)!.toString());
    const own = library.annotations.annotations.filter((a) => a.target.source.includes(issueId));
    expect(packed.problems).toEqual([]);
    expect(packed.annotations).toEqual(own);
    expect(new Set(own.map((a) => a.motivation))).toEqual(new Set(['highlighting', 'commenting', 'tagging', 'bookmarking']));
    expect(parseJsonLd(files.get(`data/issues/${otherId}/annotations.jsonld`)!.toString()).annotations).toEqual([]);
    // Its history lines: the import and the attach.
    const history = files.get(`data/issues/${issueId}/history.jsonl`)!.toString().trim().split('\n').map((l) => JSON.parse(l) as { action: string; issueId: string });
    expect(history.map((h) => h.action)).toEqual(['import', 'attach']);
    expect(history.every((h) => h.issueId === issueId)).toBe(true);

    const manifest = PackageManifestSchema.parse(JSON.parse(files.get('data/package.json')!.toString()));
    expect(manifest.issues.map((i) => i.id).sort()).toEqual([issueId, otherId].sort());
    expect(manifest.issues.find((i) => i.id === issueId)).toMatchObject({ ref: '科技情报参考:2024:3', files: 2, changedAt: expect.any(String) });
    const csv = files.get('data/catalogue.csv')!;
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = csv.toString('utf8').slice(1).trim().split('\r\n');
    expect(rows[0]).toMatch(/^刊物,年份,期号,日期,标题/);
    expect(rows.length - 1).toBe(issue.articles.length + library.getIssue(otherId).articles.length);
    expect(rows.find((r) => r.startsWith('科技情报参考,2024,3'))).toBeDefined();

    // The archive's own check agrees, and the package opens for reading.
    const verified = await verifyPackage(out(name));
    expect(verified).toMatchObject({ valid: true, issues: 2, problems: [] });
    const opened = await openPackage(out(name));
    expect(opened.manifest.issues).toHaveLength(2);
    expect(Buffer.from(await opened.readBytes(`data/issues/${issueId}/files/${issue.original.sha256}.pdf`)).equals(files.get(`data/issues/${issueId}/files/${issue.original.sha256}.pdf`)!)).toBe(true);
    expect(opened.has('data/nothing.json')).toBe(false);
    await opened.close();
  });

  it('puts bagit.txt and then data/package.json first in a tar, so an import reads what it holds first', async () => {
    await exportPackage(fixture.library, { out: out('order.tar') });
    const names = [...(await bagFiles(out('order.tar'))).keys()];
    expect(names.slice(0, 2)).toEqual(['bagit.txt', 'data/package.json']);
  });

  it('never writes over an existing path', async () => {
    await fs.mkdir(out('taken'));
    await expect(exportPackage(fixture.library, { out: out('taken') })).rejects.toMatchObject({ said: { code: 'package-exists' } });
    expect(readdirSync(out('taken'))).toEqual([]);
  });
});

describe('a selection', () => {
  it('takes a series, a year range or issue ids, and says so when nothing matches', async () => {
    const { library, issueId, otherId } = fixture;
    const bySeries = await exportPackage(library, { out: out('series.zip'), selection: { series: ['科技情报参考'] } });
    expect(bySeries).toMatchObject({ kind: 'selection', issues: 1 });
    const opened = await openPackage(out('series.zip'));
    expect(opened.manifest.issues.map((i) => i.id)).toEqual([issueId]);
    expect(opened.has(`data/issues/${otherId}/issue.json`)).toBe(false);
    await opened.close();
    expect((await exportPackage(library, { out: out('ids'), selection: { issueIds: [otherId] } })).issues).toBe(1);
    await expect(exportPackage(library, { out: out('none'), selection: { years: { from: 1990, to: 1991 } } })).rejects.toMatchObject({ said: { code: 'package-selection-empty' } });
    expect(existsSync(out('none'))).toBe(false);
  });

  it('incremental: only issues changed since, and the deletions since', async () => {
    const { library, otherId, cleanup } = await bagLibrary();
    const since = new Date().toISOString();
    // A change is "since" when its time is later: the edit must not share the millisecond.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await library.updateIssue(otherId, { editor: '王五' });
    const incremental = await exportPackage(library, { out: path.join(library.dir, '..', 'inc'), since });
    expect(incremental).toMatchObject({ kind: 'incremental', issues: 1 });
    const first = await openPackage(incremental.path);
    expect(first.manifest.issues.map((i) => i.id)).toEqual([otherId]);
    expect(first.manifest.since).toBe(since);
    await first.close();
    await library.deleteIssue(otherId);
    const after = await exportPackage(library, { out: path.join(library.dir, '..', 'inc2'), since });
    const second = await openPackage(after.path);
    expect(second.manifest.issues).toEqual([]);
    expect(second.manifest.deleted).toEqual([expect.objectContaining({ id: otherId, ref: expect.stringContaining(':2024:') })]);
    await second.close();
    cleanup();
  }, 120_000);
});

describe('cancel', () => {
  it.each(['cancelled', 'cancelled.zip', 'cancelled.tar'])('%s: stops and leaves nothing behind, not even the temporary sibling', async (name) => {
    const controller = new AbortController();
    const seen: string[] = [];
    const run = exportPackage(fixture.library, {
      out: out(name),
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.phase);
        if (p.phase === 'write' && p.done === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toContain('write');
    expect(existsSync(out(name))).toBe(false);
    expect(readdirSync(fixture.root).filter((f) => f.includes(name))).toEqual([]);
  });
});
