import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LibrarySearch } from '../../../../electron/core/search';
import { generateCorpus } from '../../../bench/corpus';
import { CorpusSource, GOLDEN_ARTICLES, GOLDEN_QUERIES, seen } from './queries';

/**
 * `npx tsx tests/unit/search/golden/capture.ts`: records the answers of the index as it is now
 * into golden-results.json. Run it only with an index whose answers are known right (it was run
 * once, on format 2, before the segments were paged).
 */
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'golden-'));
const search = await LibrarySearch.open(new CorpusSource(dir, generateCorpus(GOLDEN_ARTICLES)));
const answers = GOLDEN_QUERIES.map(({ query, options }) => ({ query, options: options ?? null, seen: seen(search.query(query, options)) }));
search.close();
await fs.rm(dir, { recursive: true, force: true });
await fs.writeFile(path.join(import.meta.dirname, 'golden-results.json'), `${JSON.stringify(answers)}\n`);
