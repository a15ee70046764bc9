import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CATALOG_SCHEMA_VERSION } from '../../../shared/catalog';
import { describe, expect, it, vi } from 'vitest';
import { createArchive } from '../../../electron/core/api/archive';
import { openLibrary, readHistory, restoreIssueFromJson, undoChange } from '../../../electron/core/library';
import type { Library } from '../../../electron/core/library';
import { ArchiveError } from '../../../electron/core/errors';
import { holdingsOf, mergeSeries, noteMissingIssue, renameSeries, seriesOverviews, updateSeries } from '../../../electron/core/series';
import { blankSeriesRecord } from '../../../shared/holdings-record';
import { handmadeIssueExport } from '../../helpers/handmade-issue';
import { importRun, makeRun } from '../../helpers/series-run';
import { snapshot, tempDir } from '../../helpers/temp-library';

async function runLibrary(): Promise<Library> {
  const library = await openLibrary(tempDir(), { create: true });
  await importRun(library, '工作动态', makeRun({ fromYear: 2023, toYear: 2024, perYear: 4, firstTotal: 81, missing: ['2023:3', '2024:2'] }));
  return library;
}

/** A handmade issue with an exact year, number and 合刊/增刊 marks (the parser is not needed for these). */
async function restore(library: Library, series: string, year: number, number: number, more: { numberTo?: number; supplement?: boolean } = {}): Promise<void> {
  const id = `${year}${String(number).padStart(3, '0')}${more.supplement ? 'e' : 'a'}${series.length}`.padEnd(12, 'c');
  const { json } = handmadeIssueExport(['一篇文章'], () => [{ heading: null, paragraphs: ['正文。'] }], {
    series,
    year,
    number,
    numberTo: more.numberTo ?? null,
    supplement: more.supplement ?? false,
    original: { sha256: id.padEnd(64, 'd'), ext: 'txt', name: `${id}.txt`, size: 1, encoding: 'utf-8' },
  });
  // The helper's issue id, swapped for one of this issue's own.
  await restoreIssueFromJson(library, json.replaceAll('abcdef012345', id));
}

describe('series as records', () => {
  it('a series without a record is described by its issues, with its issuing unit', async () => {
    const library = await runLibrary();
    const [overview] = seriesOverviews(library.catalog());
    expect(overview).toMatchObject({ stored: false, issueCount: 6, firstYear: 2023, lastYear: 2024 });
    expect(overview?.record).toMatchObject({ name: '工作动态', issuingUnit: '某某市科学技术局办公室', frequency: null });
  });

  it('imported issues with 总第 show their gaps before any frequency is set, and the record makes the rest visible', async () => {
    const library = await runLibrary();
    expect(holdingsOf(library.catalog(), '工作动态').years.map((y) => [y.year, y.missing])).toEqual([
      [2023, [3]],
      [2024, [2]],
    ]);
    await updateSeries(library, '工作动态', { ...blankSeriesRecord('工作动态'), frequency: 'quarterly', lastYear: 2025, permit: '苏内资准字 123 号', changes: [] });
    const reopened = await openLibrary(library.dir);
    expect(reopened.catalog().series[0]).toMatchObject({ name: '工作动态', frequency: 'quarterly', permit: '苏内资准字 123 号' });
    expect(holdingsOf(reopened.catalog(), '工作动态').years.map((y) => [y.year, y.missing])).toEqual([
      [2023, [3]],
      [2024, [2]],
      [2025, [1, 2, 3, 4]],
    ]);
  });

  it('renaming a series takes every issue and its notes along; a name in use is refused and nothing changes', async () => {
    const library = await runLibrary();
    await noteMissingIssue(library, '工作动态', 2023, 3, '仅有纸本，12 号盒');
    await restore(library, '科技简报', 2024, 1);
    const before = await snapshot(library.dir);
    await expect(renameSeries(library, '工作动态', '科技简报')).rejects.toMatchObject({ code: 'duplicate', said: { code: 'series-exists', series: '科技简报' } });
    expect(await snapshot(library.dir)).toEqual(before);

    await renameSeries(library, '工作动态', '科技工作动态');
    expect(library.issues().filter((i) => i.series === '科技工作动态')).toHaveLength(6);
    expect(library.issues().some((i) => i.series === '工作动态')).toBe(false);
    expect(holdingsOf(library.catalog(), '科技工作动态').years[0]?.cells[2]).toMatchObject({ state: 'missing', note: '仅有纸本，12 号盒' });

    // Every issue the rename moved is in the history, and one can be taken back on its own.
    const renames = (await readHistory(library.dir)).entries.filter((e) => e.action === 'series-rename');
    expect(renames).toHaveLength(6);
    expect(renames.every((e) => e.before?.issue.series === '工作动态' && e.after?.issue.series === '科技工作动态')).toBe(true);
    await undoChange(library, renames[0]!.id);
    expect(library.getIssue(renames[0]!.issueId!).series).toBe('工作动态');
  });

  it('merging moves every issue, unless two would share a year and number: then it names them and changes nothing', async () => {
    const library = await runLibrary();
    await restore(library, '工作动态（旧刊名）', 2024, 2);
    await restore(library, '工作动态（旧刊名）', 2024, 1, { supplement: true });
    await mergeSeries(library, '工作动态（旧刊名）', '工作动态');
    const holdings = holdingsOf(library.catalog(), '工作动态');
    expect(holdings.years.map((y) => [y.year, y.missing])).toEqual([
      [2023, [3]],
      [2024, []],
    ]);
    expect(holdings.years[1]?.supplements).toHaveLength(1);

    await restore(library, '另一刊', 2023, 1);
    await restore(library, '另一刊', 2023, 2);
    const before = await snapshot(library.dir);
    const refusal = await mergeSeries(library, '另一刊', '工作动态').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ArchiveError);
    expect(refusal).toMatchObject({ said: { code: 'series-merge-clash', count: 2, issues: '另一刊:2023:1, 另一刊:2023:2' } });
    expect(await snapshot(library.dir)).toEqual(before);
  });

  it('a 增刊 does not clash with the regular issue of the same number on import', async () => {
    const library = await runLibrary();
    await restore(library, '工作动态', 2023, 1, { supplement: true });
    await restore(library, '工作动态', 2023, 3, { numberTo: 4 });
    const y2023 = holdingsOf(library.catalog(), '工作动态').years[0];
    expect(y2023?.missing).toEqual([]);
    expect(y2023?.supplements).toHaveLength(1);
  });

  it('a note on a held issue is refused; an empty note removes one', async () => {
    const library = await runLibrary();
    await expect(noteMissingIssue(library, '工作动态', 2023, 1, '有')).rejects.toMatchObject({ said: { code: 'holdings-number-held' } });
    await noteMissingIssue(library, '工作动态', 2024, 2, '未收到');
    await noteMissingIssue(library, '工作动态', 2024, 2, '  ');
    expect(library.catalog().series[0]?.missingNotes).toEqual([]);
  });
});

describe('a library made before series records (catalogue schema 2)', () => {
  it('opens with a record per series, issues neither 合刊 nor 增刊, and texts, annotations and search intact', async () => {
    const library = await runLibrary();
    const archive = createArchive(library, { log: { error: vi.fn() } });
    const article = library.issues()[0]!.articles[0]!;
    const added = await archive.dispatch('annotations.addNote', { articleId: article.id, note: '旧批注' });
    expect(added.ok).toBe(true);
    await archive.close();
    const file = path.join(library.dir, 'catalog.json');
    // A library of that time kept its whole catalogue in catalog.json, with no journal beside it.
    await library.foldCatalogue();
    await fs.rm(path.join(library.dir, 'catalog.journal'));
    const raw = JSON.parse(await fs.readFile(file, 'utf8')) as { schemaVersion: number; series?: unknown; journal?: number; issues: Record<string, unknown>[] };
    raw.schemaVersion = 2;
    delete raw.series;
    delete raw.journal;
    for (const issue of raw.issues) {
      delete issue['numberTo'];
      delete issue['supplement'];
    }
    await fs.writeFile(file, JSON.stringify(raw));

    const reopened = await openLibrary(library.dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.catalog().series).toEqual([{ ...blankSeriesRecord('工作动态', '某某市科学技术局办公室') }]);
    expect(reopened.issues().every((i) => i.numberTo === null && i.supplement === false)).toBe(true);
    expect((await reopened.getArticle(article.id)).sections[0]?.paragraphs[0]).toContain('成效明显');
    const again = createArchive(reopened, { log: { error: vi.fn() } });
    const notes = await again.dispatch('annotations.forArticle', { articleId: article.id });
    expect(notes.ok && JSON.stringify(notes.data)).toContain('旧批注');
    const found = await again.dispatch('search.query', { query: '成效明显' });
    expect(found.ok && (found.data as { total: number }).total).toBe(18);
    await again.close();
    await reopened.writeCatalog(async () => undefined);
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toMatchObject({ schemaVersion: CATALOG_SCHEMA_VERSION, series: [{ name: '工作动态' }] });
  });
});
