import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IssueTexts } from '../../shared/catalog';
import { documentsOfIssue, LibrarySearch } from '../../electron/core/search';
import type { IndexableIssue, SearchSource } from '../../electron/core/search';
import { generateCorpus } from './corpus';
import type { Corpus } from './corpus';
import { percentiles, round, time, timeAsync } from './measure';
import type { Latency } from './measure';
import { flexIndex, flexSearch, fuseIndex, fuseSearch, peerDocs, scan } from './peers';
import { benchAnnotationSave } from './annotations';
import { measureImport } from './import';
import { BENCH_QUERIES } from './queries';
import { measurePackage } from './package';

/**
 * `npm run bench [-- --quick | --full]`: builds, reopens and queries generated libraries of
 * 1,000, 10,000 (and with --full 100,000) articles, with the peers in the same run, and writes
 * bench/results.json (one entry per size, keyed by article count).
 */
const args = new Set(process.argv.slice(2));
const sizes = args.has('--quick') ? [1000] : args.has('--full') ? [1000, 10_000, 100_000] : [1000, 10_000];
const RESULTS = path.resolve(import.meta.dirname, '../../bench/results.json');
const SEARCH_RUNS = 40;
const PEER_RUNS = 5;

class CorpusSource implements SearchSource {
  constructor(
    readonly dir: string,
    private readonly corpus: Corpus,
  ) {}
  issues(): readonly IndexableIssue[] {
    return this.corpus.issues;
  }
  async getTexts(issueId: string): Promise<IssueTexts> {
    const texts = this.corpus.texts.get(issueId);
    if (!texts) throw new Error(`no texts for ${issueId}`);
    return texts;
  }
}

interface SizeResult {
  articles: number;
  characters: number;
  buildMs: number;
  indexBytes: number;
  memoryBytes: number;
  textBytesUtf8: number;
  reopenMs: number;
  search: Latency;
  fuse: Latency & { queries: string };
  scan: Latency;
  flexsearch: Latency & { buildMs: number; falsePositiveRate: number };
  wrongTotals: number;
  perQuery: { kind: string; query: string; total: number; search: Latency; scan: Latency; flexsearch: Latency; fuseMs: number | null }[];
  machine: string;
  date: string;
}

async function measureSize(articles: number): Promise<SizeResult> {
  log(`\n== ${articles} articles ==`);
  const corpus = generateCorpus(articles);
  const textBytesUtf8 = corpus.issues.reduce(
    (n, issue) => n + Buffer.byteLength(JSON.stringify(corpus.texts.get(issue.id)?.articles ?? []), 'utf8'),
    0,
  );
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bulletin-bench-'));
  const source = new CorpusSource(dir, corpus);
  try {
    const built = await timeAsync(() => LibrarySearch.open(source));
    const stats = await built.value.stats();
    built.value.close();
    log(`build ${round(built.ms)} ms, ${mb(stats.diskBytes)} on disk, ${mb(stats.memoryBytes)} in memory, ${stats.segments} segments`);
    global.gc?.();
    const reopened = await timeAsync(() => LibrarySearch.open(source));
    const search = reopened.value;
    log(`reopen ${round(reopened.ms)} ms`);

    const documents = corpus.issues.flatMap((issue) => documentsOfIssue(issue, corpus.texts.get(issue.id) ?? { articles: [] }));
    const docs = peerDocs(documents);
    const flexBuilt = time(() => flexIndex(docs));
    log(`flexsearch build ${round(flexBuilt.ms)} ms`);
    // fuse.js over every body takes seconds per query; at large sizes only a few queries run.
    const fuseQueries =
      articles <= 10_000 ? BENCH_QUERIES : BENCH_QUERIES.filter((q) => q.kind === 'two characters' || q.kind === 'no hits');
    const fuse = fuseIndex(docs);

    const all = { search: [] as number[], scan: [] as number[], flex: [] as number[], fuse: [] as number[] };
    const perQuery: SizeResult['perQuery'] = [];
    let wrongTotals = 0;
    let candidates = 0;
    let falsePositives = 0;
    for (const q of BENCH_QUERIES) {
      for (let i = 0; i < 3; i++) search.query(q.query);
      const s: number[] = [];
      let total = 0;
      for (let i = 0; i < SEARCH_RUNS; i++) {
        const { value, ms } = time(() => search.query(q.query, { limit: 50 }));
        s.push(ms);
        total = value.total;
      }
      const sc: number[] = [];
      let scanTotal = 0;
      for (let i = 0; i < PEER_RUNS; i++) {
        const { value, ms } = time(() => scan(docs, q));
        sc.push(ms);
        scanTotal = value;
      }
      const fx: number[] = [];
      for (let i = 0; i < PEER_RUNS; i++) {
        const { value, ms } = time(() => flexSearch(flexBuilt.value, docs, q));
        fx.push(ms);
        if (i === 0) {
          candidates += value.candidates;
          falsePositives += value.falsePositives;
        }
      }
      let fuseMs: number | null = null;
      if (fuseQueries.includes(q)) {
        const { ms } = time(() => fuseSearch(fuse, q));
        fuseMs = round(ms);
        all.fuse.push(ms);
      }
      if (total !== scanTotal) wrongTotals++;
      all.search.push(...s);
      all.scan.push(...sc);
      all.flex.push(...fx);
      perQuery.push({
        kind: q.kind,
        query: q.query,
        total,
        search: percentiles(s),
        scan: percentiles(sc),
        flexsearch: percentiles(fx),
        fuseMs,
      });
      log(
        `${q.kind.padEnd(16)} ${q.query.padEnd(22)} total ${String(total).padStart(6)} (scan ${scanTotal})  search p50 ${fmt(percentiles(s).p50Ms)} p95 ${fmt(percentiles(s).p95Ms)}  scan p50 ${fmt(percentiles(sc).p50Ms)}  flex p50 ${fmt(percentiles(fx).p50Ms)}  fuse ${fuseMs === null ? '—' : `${fuseMs} ms`}`,
      );
    }
    search.close();
    return {
      articles,
      characters: corpus.characters,
      buildMs: round(built.ms),
      indexBytes: stats.diskBytes,
      memoryBytes: stats.memoryBytes,
      textBytesUtf8,
      reopenMs: round(reopened.ms),
      search: percentiles(all.search),
      fuse: {
        ...percentiles(all.fuse),
        queries: fuseQueries.length === BENCH_QUERIES.length ? 'all' : fuseQueries.map((q) => q.kind).join(', '),
      },
      scan: percentiles(all.scan),
      flexsearch: {
        ...percentiles(all.flex),
        buildMs: round(flexBuilt.ms),
        falsePositiveRate: candidates === 0 ? 0 : round((falsePositives / candidates) * 100) / 100,
      },
      wrongTotals,
      perQuery,
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
      date: new Date().toISOString(),
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function fmt(ms: number): string {
  return `${ms.toFixed(2)} ms`.padStart(10);
}
function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

const results: Record<string, unknown> = await fs
  .readFile(RESULTS, 'utf8')
  .then((text) => JSON.parse(text) as Record<string, unknown>)
  .catch(() => ({}));
const table: SizeResult[] = [];
for (const size of sizes) {
  const result = await measureSize(size);
  results[String(size)] = result;
  table.push(result);
  await fs.mkdir(path.dirname(RESULTS), { recursive: true });
  await fs.writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}
log(
  '\narticles | build ms | index MB disk/mem | text MB (UTF-8) | reopen ms | search p50/p95 | scan p50/p95 | flexsearch p50/p95 (build ms, FP) | fuse p50/p95 (queries) | wrong totals',
);
for (const r of table) {
  log(
    `${r.articles} | ${r.buildMs} | ${(r.indexBytes / 1048576).toFixed(1)}/${(r.memoryBytes / 1048576).toFixed(1)} | ${(r.textBytesUtf8 / 1048576).toFixed(1)} | ${r.reopenMs} | ${r.search.p50Ms}/${r.search.p95Ms} | ${r.scan.p50Ms}/${r.scan.p95Ms} | ${r.flexsearch.p50Ms}/${r.flexsearch.p95Ms} (${r.flexsearch.buildMs}, ${(r.flexsearch.falsePositiveRate * 100).toFixed(1)}%) | ${r.fuse.p50Ms}/${r.fuse.p95Ms} (${r.fuse.queries}) | ${r.wrongTotals}`,
  );
}
if (!args.has('--search-only')) {
  log('\n== import ==');
  results['import'] = await measureImport(log);
  await fs.writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}
if (!args.has('--search-only')) {
  log('\n== annotation save (10,000 articles, 10,000 annotations; target p95 < 20 ms) ==');
  const annotations = await benchAnnotationSave();
  log(`edit a note p50 ${annotations.save.p50Ms} ms, p95 ${annotations.save.p95Ms} ms; add a tag p50 ${annotations.add.p50Ms} ms, p95 ${annotations.add.p95Ms} ms; annotations.json ${mb(annotations.fileBytes)}`);
  results['annotations'] = annotations;
  await fs.writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}
if (args.has('--package')) {
  // Issue 15: export and merge of a 1,000-issue library (tests/bench/package.ts); about a minute, so on request.
  log('\n== packages (1,000 issues): export, merge into an empty library, merge again ==');
  results['package'] = await measurePackage(log);
  await fs.writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}
log(`\nwritten to ${path.relative(process.cwd(), RESULTS)}`);
