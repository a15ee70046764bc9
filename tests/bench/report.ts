import type { AnnotationSaveResult } from './annotations';
import type { ImportAtSize } from './import-at-size';
import type { Latency } from './measure';
import type { PdfInResult, PdfOutResult } from './pdf-speed';

/**
 * The shape of bench/results.json and issue 19's table built from it. Kept apart from run.ts
 * (which runs the bench when imported) so that a test can check both on made-up figures.
 */
export interface PeerLatency extends Latency {
  buildMs: number;
}

export interface Fts5Result extends Latency {
  buildMs: number;
  /** The database was built by an earlier run of the same corpus and reused (--fts5-cache). */
  cached: boolean;
  bytes: number;
  sqliteVersion: string;
  /** Opening the database file and answering the first query. */
  reopenAnswerMs: number;
  /** Per query kind, the terms counted by instr() because the trigram index could not answer them. */
  fellBack: Record<string, string[]>;
  wrongTotals: number;
}

export interface PerQuery {
  kind: string;
  query: string;
  total: number;
  search: Latency;
  scan: Latency;
  flexsearch: Latency | null;
  fts5: Latency | null;
  fuseMs: number | null;
}

export interface SizeResult {
  articles: number;
  characters: number;
  textBytesUtf8: number;
  buildMs: number;
  indexBytes: number;
  /** The search index's own estimate of the memory it holds. */
  memoryBytes: number;
  /** What the process holds, resident, after a forced GC: before building, and after reopening. */
  rss: { baselineBytes: number; afterReopenBytes: number; heldBytes: number; gcExposed: boolean };
  reopenMs: number;
  /** Reopening the index and answering a first query. */
  reopenUntilReadyMs: number;
  search: Latency;
  searchP95ByKind: Record<string, number>;
  importOneText: ImportAtSize | null;
  /** Filled by the background-indexing work (issue 19): a request made while the index builds. */
  requestDuringIndexing: { requests: number; maxWaitMs: number; wait?: Latency; partial?: number } | null;
  /** Whether the index was built in the worker, as the app builds it (buildMs is then that build). */
  builtIn?: 'worker' | 'thread';
  /** The machine's load average (1, 5, 15 min) when this size started and ended: a loaded run shows. */
  loadAverage?: { start: number[]; end: number[] };
  fts5: Fts5Result | null;
  flexsearch: (PeerLatency & { falsePositiveRate: number }) | null;
  /** Why FlexSearch was not run at this size (a flag, or its build too slow for the run), or null. */
  flexsearchLeftOut?: string | null;
  scan: Latency;
  fuse: Latency & { queries: string };
  wrongTotals: number;
  perQuery: PerQuery[];
  machine: string;
  date: string;
}

export interface BenchResults {
  sizes: SizeResult[];
  pdfIn: PdfInResult | null;
  pdfOut: PdfOutResult | null;
  annotations: AnnotationSaveResult | null;
}

/** Figures issue 19 asks for at every size, as paths into a SizeResult. */
const SIZE_FIGURES = [
  'buildMs',
  'reopenUntilReadyMs',
  'search.p95Ms',
  'rss.heldBytes',
  'memoryBytes',
  'textBytesUtf8',
  'importOneText.p50Ms',
  'fts5.p95Ms',
  'fts5.reopenAnswerMs',
  'flexsearch.p95Ms',
  'scan.p95Ms',
] as const;

/** What a run left out or could not measure: `10000: fts5.p95Ms`, `pdfOut`… Empty when complete. */
export function missingFigures(results: BenchResults): string[] {
  const missing: string[] = [];
  for (const size of results.sizes) {
    for (const figure of SIZE_FIGURES) {
      // A peer left out on purpose is said in the table with its reason, not counted as missing.
      if (figure === 'flexsearch.p95Ms' && size.flexsearchLeftOut) continue;
      if (!Number.isFinite(valueAt(size, figure))) missing.push(`${size.articles}: ${figure}`);
    }
    for (const kind of QUERY_KINDS) if (!Number.isFinite(size.searchP95ByKind[kind])) missing.push(`${size.articles}: search p95 of ${kind}`);
    if (size.requestDuringIndexing === null) missing.push(`${size.articles}: requestDuringIndexing`);
  }
  if (!results.pdfIn) missing.push('pdfIn');
  if (!results.pdfOut) missing.push('pdfOut');
  if (!results.annotations) missing.push('annotations');
  return missing;
}

/** The query kinds of queries.ts: every one needs its own p95. */
export const QUERY_KINDS = ['two characters', 'four characters', 'phrase', 'three words', 'filter', 'no hits', 'typo'] as const;

/** Issue 19's table: one row per figure, one column per size, then the target. */
export function issueTable(results: BenchResults): string[] {
  const { sizes } = results;
  const header = `| figure | ${sizes.map((s) => `${s.articles.toLocaleString('en')} articles`).join(' | ')} | target |`;
  const rule = `|---|${sizes.map(() => '---|').join('')}---|`;
  const each = (cell: (size: SizeResult) => string): string => sizes.map(cell).join(' | ');
  const rows = [
    `| search p95 (all kinds; slowest kind) | ${each((s) => `${ms(s.search.p95Ms)}; ${slowestKind(s)}`)} | < 50 ms for every kind |`,
    `| reopen until search-ready (FTS5: open + first answer) | ${each((s) => `${ms(s.reopenUntilReadyMs)} (FTS5 ${s.fts5 ? ms(s.fts5.reopenAnswerMs) : '—'})`)} | < 1 s |`,
    `| index build (FTS5 trigram; FlexSearch) | ${each((s) => `${ms(s.buildMs)} (${s.fts5 ? `${ms(s.fts5.buildMs)}${s.fts5.cached ? ' cached' : ''}` : '—'}; ${s.flexsearch ? ms(s.flexsearch.buildMs) : s.flexsearchLeftOut ? 'left out' : '—'})${s.builtIn === 'worker' ? ', in the worker' : ''}`)} | < 60 s, in the background |`,
    `| memory held after reopen: RSS after GC (index's own figure; text) | ${each((s) => `${mb(s.rss.heldBytes)}${s.rss.gcExposed ? '' : ' (no GC)'} (${mb(s.memoryBytes)}; text ${mb(s.textBytesUtf8)})`)} | < 1× the text |`,
    `| import of one text bulletin (p50/p95) | ${each((s) => (s.importOneText ? `${ms(s.importOneText.p50Ms)} / ${ms(s.importOneText.p95Ms)}` : '—'))} | the same at every size |`,
    `| a request while the index builds (longest wait) | ${each((s) => (s.requestDuringIndexing ? `${ms(s.requestDuringIndexing.maxWaitMs)} over ${s.requestDuringIndexing.requests}` : 'not measured'))} | no request waits > 100 ms |`,
    `| reading a 7-page PDF (p50; pdftotext; ratio) | ${each(() => (results.pdfIn ? `${ms(results.pdfIn.ours.p50Ms)}; ${ms(results.pdfIn.pdftotext.p50Ms)}; ${results.pdfIn.ratio}×` : '—'))} | within 3× pdftotext |`,
    `| exporting an issue to PDF (warm p50; one print; ratio; cold) | ${each(() => (results.pdfOut ? `${ms(results.pdfOut.exportWarm.p50Ms)}; ${ms(results.pdfOut.onePrint.p50Ms)}; ${results.pdfOut.ratio}×; cold ${ms(results.pdfOut.exportColdMs)}` : '—'))} | within 1.5× one print |`,
    `| saving an annotation (p95: edit a note; add a tag; at articles) | ${each(() => (results.annotations ? `${ms(results.annotations.save.p95Ms)}; ${ms(results.annotations.add.p95Ms)}; at ${results.annotations.articles.toLocaleString('en')}` : '—'))} | p95 < 20 ms |`,
  ];
  return [header, rule, ...rows];
}

/** Per size, every query kind side by side with the peers (p95, ms), and what FTS5 could not index. */
export function peersTable(size: SizeResult): string[] {
  const lines = [
    `${size.articles} articles | total | ours p95 | FTS5 trigram p95 | FlexSearch p95 | scan p95 | fuse.js | FTS5 fell back to instr() for`,
  ];
  for (const q of size.perQuery) {
    lines.push(
      [
        `${q.kind} (${q.query})`,
        q.total,
        q.search.p95Ms,
        q.fts5?.p95Ms ?? '—',
        q.flexsearch?.p95Ms ?? '—',
        q.scan.p95Ms,
        q.fuseMs ?? '—',
        size.fts5?.fellBack[q.kind]?.join(' ') || '—',
      ].join(' | '),
    );
  }
  return lines;
}

function slowestKind(size: SizeResult): string {
  const [kind, p95] = Object.entries(size.searchP95ByKind).sort((a, b) => b[1] - a[1])[0] ?? ['—', NaN];
  return `${kind} ${ms(p95)}`;
}

function valueAt(size: SizeResult, figure: string): number {
  let value: unknown = size;
  for (const key of figure.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' ? value : NaN;
}

function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`;
}

function mb(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(0)} MB` : '—';
}
