import { describe, expect, it } from 'vitest';
import { issueTable, missingFigures, peersTable, QUERY_KINDS } from '../../bench/report';
import type { BenchResults, SizeResult } from '../../bench/report';
import { BENCH_QUERIES } from '../../bench/queries';

const latency = (p95Ms: number) => ({ p50Ms: p95Ms / 2, p95Ms });

function size(articles: number): SizeResult {
  const perQuery = BENCH_QUERIES.map((q, i) => ({
    kind: q.kind,
    query: q.query,
    total: i * 10,
    search: latency(3 + i),
    scan: latency(20),
    flexsearch: latency(5),
    fts5: latency(7),
    fuseMs: 400,
  }));
  return {
    articles,
    characters: articles * 3000,
    textBytesUtf8: articles * 9000,
    buildMs: 1200,
    indexBytes: 1,
    memoryBytes: 18 * 1048576,
    rss: { baselineBytes: 100, afterReopenBytes: 100 + 25 * 1048576, heldBytes: 25 * 1048576, gcExposed: true },
    reopenMs: 90,
    reopenUntilReadyMs: 98,
    search: latency(12),
    searchP95ByKind: Object.fromEntries(perQuery.map((q) => [q.kind, q.search.p95Ms])),
    importOneText: { articles, runs: 5, openMs: 140, bytesWrittenPerImport: 9000, bytesReadPerImport: 4000, upgradeBytesWritten: 0, ...latency(130) },
    requestDuringIndexing: { requests: 20, maxWaitMs: 40 },
    fts5: { ...latency(7), buildMs: 23000, cached: false, bytes: 29e6, sqliteVersion: '3.53.4', reopenAnswerMs: 4, fellBack: { 'two characters': ['稀土'] }, wrongTotals: 0 },
    flexsearch: { ...latency(5), buildMs: 3900, falsePositiveRate: 0.1 },
    scan: latency(20),
    fuse: { ...latency(800), queries: 'all' },
    wrongTotals: 0,
    perQuery,
    machine: 'test',
    date: '2026-12-02T00:00:00.000Z',
  };
}

function complete(): BenchResults {
  return {
    sizes: [size(1000), size(10_000)],
    pdfIn: { pages: 7, articles: 6, runs: 7, ours: latency(300), pdftotext: latency(150), ratio: 2, firstMs: 1400 },
    pdfOut: { pages: 12, runs: 5, exportWarm: latency(2000), onePrint: latency(1000), ratio: 2, exportColdMs: 5000, printsPerExport: 2, printsPerRepeatedExport: 1 },
    annotations: { articles: 10_000, annotations: 10_000, fileBytes: 1, save: latency(15), add: latency(15) },
  };
}

describe("the bench's results and issue 19's table", () => {
  it('finds nothing missing in a complete run', () => {
    expect(missingFigures(complete())).toEqual([]);
  });

  it('names each figure a run left out, by size', () => {
    const results = complete();
    const [small] = results.sizes;
    small!.fts5 = null;
    small!.requestDuringIndexing = null;
    delete small!.searchP95ByKind['typo'];
    results.pdfOut = null;
    expect(missingFigures(results)).toEqual(
      expect.arrayContaining(['1000: fts5.p95Ms', '1000: fts5.reopenAnswerMs', '1000: search p95 of typo', '1000: requestDuringIndexing', 'pdfOut']),
    );
    expect(missingFigures(results).some((figure) => figure.startsWith('10000'))).toBe(false);
  });

  it('says FlexSearch was left out at a size (its build too slow for the run) instead of counting it missing', () => {
    const results = complete();
    const large = results.sizes[1]!;
    large.flexsearch = null;
    large.flexsearchLeftOut = 'left out above 10,000 articles';
    expect(missingFigures(results)).toEqual([]);
    expect(issueTable(results)[4]).toMatch(/\| 1\.20 s \(.*; left out\) \| < 60 s/);
    large.flexsearchLeftOut = null;
    expect(missingFigures(results)).toEqual(['10000: flexsearch.p95Ms']);
  });

  it('has every query kind the bench asks', () => {
    expect(BENCH_QUERIES.map((q) => q.kind)).toEqual([...QUERY_KINDS]);
  });

  it("gives every row of issue 19's table, a column per size, with the figures", () => {
    const table = issueTable(complete());
    expect(table[0]).toBe('| figure | 1,000 articles | 10,000 articles | target |');
    const rows = table.slice(2);
    expect(rows).toHaveLength(9);
    for (const row of rows) expect(row.split(' | ')).toHaveLength(4);
    expect(rows[0]).toContain('typo 9.00 ms');
    expect(rows[1]).toContain('FTS5 4.00 ms');
    expect(rows[3]).toContain('25 MB (18 MB; text 86 MB)');
    expect(rows[4]).toContain('65 ms / 130 ms');
    expect(rows[6]).toContain('150 ms; 75 ms; 2×');
    expect(rows[7]).toContain('1.00 s; 500 ms; 2×; cold 5.00 s');
    expect(rows[8]).toContain('15 ms');
  });

  it('says a figure was not measured rather than printing a number for it', () => {
    const results = complete();
    results.sizes[0]!.requestDuringIndexing = null;
    expect(issueTable(results)[7]).toContain('not measured');
  });

  it('lists the peers per query, with the terms FTS5 counted by instr()', () => {
    const lines = peersTable(size(1000));
    expect(lines).toHaveLength(1 + BENCH_QUERIES.length);
    expect(lines[1]).toMatch(/^two characters \(稀土\) \| 0 \| 3 \| 7 \| 5 \| 20 \| 400 \| 稀土$/);
  });
});
