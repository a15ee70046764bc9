import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/core/library';
import { CATALOG_SCHEMA_VERSION } from '../../../shared/catalog';
import { libraryWithSample } from '../../helpers/temp-library';

describe('a catalogue written before warnings were codes (schema 1)', () => {
  it('opens with its English warnings kept word for word as legacy messages, and is saved as schema 2', async () => {
    const { library, issueId } = await libraryWithSample();
    const file = path.join(library.dir, 'catalog.json');
    // A library of that time kept its whole catalogue in catalog.json, with no journal beside it.
    await library.foldCatalogue();
    await fs.rm(path.join(library.dir, 'catalog.journal'));
    const catalog = JSON.parse(await fs.readFile(file, 'utf8')) as { schemaVersion: number; journal?: number; issues: { warnings: unknown[] }[] };
    catalog.schemaVersion = 1;
    delete catalog.journal;
    catalog.issues[0]!.warnings = ['No table of contents was found; articles were split by layout (short title lines). Check the article titles.'];
    await fs.writeFile(file, JSON.stringify(catalog));

    const reopened = await openLibrary(library.dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.getIssue(issueId).warnings).toEqual([
      { code: 'legacy', text: 'No table of contents was found; articles were split by layout (short title lines). Check the article titles.' },
    ]);
    await reopened.writeCatalog(async () => undefined);
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toMatchObject({ schemaVersion: CATALOG_SCHEMA_VERSION, issues: [{ warnings: [{ code: 'legacy' }] }] });
  });
});
