import { promises as fs } from 'node:fs';
import path from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import { normalise } from '../../electron/core/search';
import type { PeerDoc } from './peers';
import type { BenchQuery } from './queries';

/**
 * SQLite FTS5 with the trigram tokenizer, as a peer: node-sqlite3-wasm (SQLite compiled to
 * WebAssembly with FTS5, shipped inside its npm package: nothing is downloaded or compiled at
 * install) over a database file, the same normalised articles as the other peers.
 *
 * The trigram index answers a term of three characters or more (`body MATCH '"成果转化"'`).
 * A shorter term (`稀土`) is below the trigram size: FTS5 cannot use its index, and in some
 * SQLite versions `LIKE '%稀土%'` on the table returns 0 rows silently (Debian's 3.40, measured),
 * so such terms are counted by `instr()` over the stored text, a scan, and named in `fellBack`.
 * A term the index answered with 0 rows while instr() finds some is counted by instr() too and
 * named as well, so a silent miss shows instead of passing as "no hits".
 */
export interface Fts5Peer {
  db: sqlite.Database;
  file: string;
  buildMs: number;
  sqliteVersion: string;
}

/** How a query is put to FTS5: terms its trigram index answers, terms counted by instr(). */
export interface Fts5Plan {
  indexed: string[];
  /** Terms counted by instr() rather than answered by the trigram index. */
  fellBack: string[];
}

const { Database } = sqlite;
const BATCH = 500;

export async function buildFts5(dir: string, docs: readonly PeerDoc[]): Promise<Fts5Peer> {
  const file = path.join(dir, 'fts5-trigram.sqlite');
  await fs.rm(file, { force: true });
  // node-sqlite3-wasm locks with a folder beside the file; a run killed mid-build leaves it behind.
  await fs.rm(`${file}.lock`, { recursive: true, force: true });
  const started = performance.now();
  const db = new Database(process.env.FTS_MEM ? ':memory:' : file);
  // A bulk load: no journal, no syncs, big pages (every page is a call from WebAssembly to
  // Node's fs), a large cache, and FTS5's incremental merging left to one 'optimize' at the end.
  db.exec(`PRAGMA page_size = 65536; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -${process.env.FTS_CACHE ?? 262144};`);
  db.exec("CREATE VIRTUAL TABLE articles USING fts5(body, year UNINDEXED, region UNINDEXED, tokenize = 'trigram')");
  if (!process.env.FTS_PLAIN) db.exec("INSERT INTO articles (articles, rank) VALUES ('automerge', 0)");
  const insert = db.prepare('INSERT INTO articles (rowid, body, year, region) VALUES (?, ?, ?, ?)');
  try {
    for (let from = 0; from < docs.length; from += BATCH) {
      db.exec('BEGIN');
      docs.slice(from, from + BATCH).forEach((doc, i) => insert.run([from + i + 1, doc.text, doc.year, doc.region]));
      db.exec('COMMIT');
    }
  } finally {
    insert.finalize();
  }
  db.exec("INSERT INTO articles (articles) VALUES ('optimize')");
  const sqliteVersion = String(db.get('SELECT sqlite_version() AS v')?.v ?? '?');
  return { db, file, buildMs: performance.now() - started, sqliteVersion };
}

/** Opens the built file again and answers one query: FTS5's "reopen until search-ready". */
export function reopenFts5(peer: Fts5Peer, q: BenchQuery): { peer: Fts5Peer; total: number } {
  peer.db.close();
  const db = new Database(peer.file, { fileMustExist: true });
  const reopened = { ...peer, db };
  return { peer: reopened, total: countFts5(reopened, q, planFts5(reopened, q, false)) };
}

/**
 * Which terms the index answers. Short terms always fall back; with `check`, a term the index
 * answers with no rows while instr() finds some falls back too (checked once, outside timing).
 */
export function planFts5(peer: Fts5Peer, q: BenchQuery, check = true): Fts5Plan {
  const terms = q.terms.map(normalise);
  const indexed = terms.filter((t) => [...t].length >= 3);
  const fellBack = terms.filter((t) => [...t].length < 3);
  for (const term of [...indexed]) {
    if (!check || countFts5(peer, { ...q, terms: [term] }, { indexed: [term], fellBack: [] }) > 0) continue;
    if (countFts5(peer, { ...q, terms: [term] }, { indexed: [], fellBack: [term] }) === 0) continue;
    indexed.splice(indexed.indexOf(term), 1);
    fellBack.push(term);
  }
  return { indexed, fellBack };
}

/** The number of articles holding every term, within the query's filters. */
export function countFts5(peer: Fts5Peer, q: BenchQuery, plan: Fts5Plan): number {
  const where: string[] = [];
  const values: (string | number)[] = [];
  if (plan.indexed.length > 0) {
    where.push('articles MATCH ?');
    values.push(plan.indexed.map((t) => `"${t.replaceAll('"', '""')}"`).join(' AND '));
  }
  for (const term of plan.fellBack) {
    where.push('instr(body, ?) > 0');
    values.push(term);
  }
  if (q.years) {
    where.push('year BETWEEN ? AND ?');
    values.push(q.years.from, q.years.to);
  }
  if (q.region) {
    where.push('instr(region, ?) > 0');
    values.push(normalise(q.region));
  }
  const row = peer.db.get(`SELECT count(*) AS n FROM articles${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`, values);
  return Number(row?.n ?? 0);
}

export async function fts5Bytes(peer: Fts5Peer): Promise<number> {
  return (await fs.stat(peer.file)).size;
}

export function closeFts5(peer: Fts5Peer): void {
  if (peer.db.isOpen) peer.db.close();
}
