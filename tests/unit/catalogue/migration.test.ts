import { cpSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { CATALOG_SCHEMA_VERSION } from '../../../shared/catalog';
import { describe, expect, it } from 'vitest';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import { addCatalogueFields } from '../../../electron/core/library/catalogue-migration';
import { snapshot, tempDir } from '../../helpers/temp-library';
import { archiveCaller } from '../../helpers/archive-call';

const V2 = path.resolve(__dirname, '../../fixtures/libraries/catalogue-v2');

/** A copy of the library made by the app before the issue record existed (catalogue schema 2). */
function v2Library(): string {
  const dir = tempDir();
  cpSync(V2, dir, { recursive: true });
  return dir;
}

describe('catalogue schema 2 → 3', () => {
  it('opens a library made before the change with every issue, text, annotation and index entry intact', async () => {
    const dir = v2Library();
    const before = await snapshot(dir);
    const oldCatalog = JSON.parse(await fs.readFile(path.join(dir, 'catalog.json'), 'utf8'));
    expect(oldCatalog.schemaVersion).toBe(2);
    const library = await openLibrary(dir);
    const issues = library.issues();
    expect(issues.map((i) => i.id)).toEqual(oldCatalog.issues.map((i: { id: string }) => i.id));
    for (const [n, issue] of issues.entries()) {
      const old = oldCatalog.issues[n];
      expect(issue).toMatchObject({ ...old });
      // The new fields are there, blank, and the issue has no other files yet.
      expect(issue).toMatchObject({ pages: null, reference: null, retention: null, distribution: [], files: [], location: { room: null, cabinet: null, box: null } });
      const texts = await library.getTexts(issue.id);
      expect(texts.articles.map((a) => a.id)).toEqual(issue.articles.map((a) => a.id));
    }
    // The files on disk were not touched by opening; texts and originals are byte-identical.
    const after = await snapshot(dir);
    for (const [file, sum] of Object.entries(before)) if (/^(texts|files)\//.test(file)) expect(after[file]).toBe(sum);
    expect((await verifyLibrary(library)).problems).toEqual([]);

    const { call, close } = archiveCaller(library);
    try {
      const notes = await call('annotations.list', { filters: {} });
      expect(notes.rows.map((r) => r.note)).toContain('v2 note');
      expect(notes.rows.find((r) => r.note === 'v2 note')).toMatchObject({ quote: '稀土', orphaned: false });
      const hits = await call('search.query', { query: '稀土' });
      expect(hits.hits.length).toBeGreaterThan(0);
      // The first change saves the catalogue as schema 3, still with everything in it.
      await call('issues.update', { issueId: issues[0]!.id, patch: { pages: 24 } });
      const saved = JSON.parse(await fs.readFile(path.join(dir, 'catalog.json'), 'utf8'));
      expect(saved.schemaVersion).toBe(CATALOG_SCHEMA_VERSION);
      expect(saved.settings).toMatchObject({ referencePattern: '{fonds}-{category}·{year}-{retention}-{item:4}', fonds: null, category: 'WS' });
      expect(saved.issues).toHaveLength(2);
      expect(saved.issues[0].pages).toBe(24);
      expect((await call('annotations.list', { filters: {} })).rows).toEqual(notes.rows);
    } finally {
      await close();
    }
  });

  it('keeps fields an entry already has and adds only the missing ones', () => {
    const raw = { schemaVersion: 2, issues: [{ id: 'a', remarks: '已有备注' }, 'not an issue'] };
    const migrated = addCatalogueFields(raw);
    expect(migrated['issues']).toEqual([expect.objectContaining({ id: 'a', remarks: '已有备注', pages: null, files: [] }), 'not an issue']);
    expect(migrated['settings']).toMatchObject({ category: 'WS' });
  });
});
