import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CATALOG_SCHEMA_VERSION } from '../../shared/catalog';
import type { Catalog } from '../../shared/catalog';
import { defaultCatalogueSettings } from '../../shared/catalogue-fields';
import { openLibrary } from '../../electron/core/library';
import { makeIssues } from './annotations';
import { countIo } from '../helpers/io-count';
import { percentiles, timeAsync } from './measure';
import type { Latency } from './measure';

/**
 * Importing one text bulletin (the sample, renumbered) into a library that already holds
 * `articles` articles: issue 19 wants the same time at every size. The library is laid down as
 * a catalogue written in the schema the app migrates from, then opened by the app (so the store
 * reads it in whatever form it keeps now), and the imports go through Library.importBulletin.
 */
export interface ImportAtSize extends Latency {
  articles: number;
  runs: number;
  /** What opening the library took, before the imports. */
  openMs: number;
  /** Bytes written and read in the library folder per import: a count the machine's load cannot change. */
  bytesWrittenPerImport: number;
  bytesReadPerImport: number;
  /**
   * The one change a library laid down in the previous schema pays once, before the imports: its
   * catalog.json written again in the current schema (with its backup). Charged to the first
   * import, it made the figure per import grow with the library (1k: 170,874 bytes, 10k: 1,381,471).
   */
  upgradeBytesWritten: number;
}

const SAMPLE = path.resolve(import.meta.dirname, '../../resources/sample-kjqbck-2024-03.txt');

export async function measureImportAtSize(articles: number, runs = 5): Promise<ImportAtSize> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bulletin-bench-import-'));
  try {
    const catalog: Catalog = { schemaVersion: CATALOG_SCHEMA_VERSION, issues: makeIssues(articles), series: [], settings: defaultCatalogueSettings() };
    await fs.writeFile(path.join(dir, 'catalog.json'), JSON.stringify(catalog));
    const opened = await timeAsync(() => openLibrary(dir));
    const library = opened.value;
    // Opening never rewrites an older catalogue (an older app can still open it); the first change
    // does, once. Done and counted here, so the imports measure what every later import costs.
    const upgrade = await countIo(dir, () => library.foldCatalogue());
    const sample = await fs.readFile(SAMPLE, 'utf8');
    const samples: number[] = [];
    let written = 0;
    let read = 0;
    try {
      for (let run = 0; run < runs; run++) {
        // A number no generated issue of the sample's series has: a new issue every time.
        const bytes = Buffer.from(sample.replace('2024 年第 3 期', `2024 年第 ${900 + run} 期`));
        const { result, io } = await countIo(dir, () => timeAsync(() => library.importBulletin({ name: `bench-${run}.txt`, bytes })));
        if (result.value.status !== 'imported') throw new Error(`the bench import was not imported: ${result.value.status}`);
        samples.push(result.ms);
        written += io.written;
        read += io.read;
      }
    } finally {
      await library.close();
    }
    return {
      articles,
      runs,
      openMs: Math.round(opened.ms),
      bytesWrittenPerImport: Math.round(written / runs),
      bytesReadPerImport: Math.round(read / runs),
      upgradeBytesWritten: upgrade.io.written,
      ...percentiles(samples),
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
