import { cp, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../bench/random';
import { cli } from '../helpers/cli';
import { bulletinVariant, QUOTE, writeBulletins } from './bulletins';
import { Check, leakDefect, leakIn, repro } from './report';
import type { CheckResult, DefectNumber } from './report';

/**
 * Damage (issue 20): every file of the library layout truncated, NUL-filled, emptied, filled
 * with garbage, given the wrong shape or deleted, with and without backups. Each case must end
 * restored (everything reads as before) or reported (a notice on opening, a `verify` problem,
 * a clear refusal) — never silently different. Texts and originals must also be repairable
 * from the original file (defect 4).
 */

const FORMS = ['truncated', 'nul-filled', 'empty', 'garbage', 'wrong-shape', 'deleted'] as const;
type Form = (typeof FORMS)[number];

interface Target {
  /** How the table names it. */
  name: string;
  /** The file in a built library. */
  pick(library: string): Promise<string>;
  /** Valid in its own syntax, wrong for the archive. */
  wrongShape(bytes: Buffer): Buffer;
  /** The issue 20 defect a silent loss of this file is an instance of. */
  silentDefect?: DefectNumber;
  /** Damage to this file can be repaired from the issue's original file (defect 4). */
  repairable?: boolean;
  isBackup?: boolean;
}

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

const TARGETS: readonly Target[] = [
  { name: 'catalog.json', pick: async (l) => path.join(l, 'catalog.json'), wrongShape: () => json({ schemaVersion: 2, issues: 'none' }) },
  { name: 'texts/*.json', pick: (l) => first(l, 'texts', ''), wrongShape: () => json({ articles: [{ id: 1 }] }), repairable: true },
  { name: 'annotations.json', pick: async (l) => path.join(l, 'annotations.json'), wrongShape: () => json({ annotations: {} }) },
  {
    name: 'annotations.journal',
    pick: async (l) => path.join(l, 'annotations.journal'),
    wrongShape: () => Buffer.from(`${JSON.stringify({ v: 1, op: 'put', annotation: { id: 'not-an-annotation' } })}\n`),
    silentDefect: 5,
  },
  { name: 'files/*', pick: (l) => first(l, 'files', ''), wrongShape: () => Buffer.from(bulletinVariant(1999, 99).bytes), repairable: true },
  { name: 'backups/catalog-*', pick: (l) => first(l, 'backups', 'catalog-'), wrongShape: () => json({ issues: 3 }), isBackup: true },
  { name: 'backups/annotations-*', pick: (l) => first(l, 'backups', 'annotations-'), wrongShape: () => json({ annotations: 3 }), isBackup: true },
  { name: 'index/manifest.json', pick: async (l) => path.join(l, 'index', 'manifest.json'), wrongShape: () => json({ version: 1, segments: [{ file: 'seg-0.bin' }] }), silentDefect: 9 },
  // Its "wrong shape" is defect 9's: the stored original text (the part a snippet is read from,
  // after the checksummed sections) changed in place, 稀土 becoming 金属.
  { name: 'index/seg-*.bin', pick: (l) => first(l, 'index', 'seg-'), wrongShape: changeStoredText, silentDefect: 9 },
];

/** What a person sees of the library: compared before and after the damage. */
interface View {
  issues: string;
  texts: string;
  annotations: string;
  search: string;
}

export async function runDamage(options: { short: boolean; only?: string }): Promise<CheckResult[]> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'reliability-damage-'));
  const withBackups = new Check('damage', 'with backups');
  const without = new Check('damage', 'without backups');
  const repair = new Check('damage', 'repair from original');
  try {
    const sources = path.join(root, 'sources');
    const base = path.join(root, 'base');
    const files = await buildLibrary(base, sources);
    // Seen on a copy: opening folds the journal into annotations.json, and the cases need it pending.
    await cp(base, path.join(root, 'seen'), { recursive: true });
    const expected = await view(path.join(root, 'seen'));
    let n = 0;
    for (const target of TARGETS) {
      for (const form of FORMS) {
        for (const backups of target.isBackup ? [true] : [true, false]) {
          const name = `${target.name}:${form}:${backups ? 'backups' : 'no-backups'}`;
          if (options.only !== undefined && options.only !== name) continue;
          // The short run takes every file and every form, with backups; the full run both ways.
          if (options.short && !backups) continue;
          const check = backups ? withBackups : without;
          const dir = path.join(root, `case-${n++}`);
          await cp(base, dir, { recursive: true });
          if (!backups) await rm(path.join(dir, 'backups'), { recursive: true, force: true });
          const file = await target.pick(dir);
          await damage(file, form, target, seededRandom(n));
          check.try();
          await judge(check, dir, name, target, expected);
          if (target.repairable && form !== 'wrong-shape' && (!options.short || form === 'deleted')) {
            repair.try();
            await judgeRepair(repair, dir, name, files);
          }
          await rm(dir, { recursive: true, force: true });
        }
      }
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return [withBackups.result, without.result, repair.result];
}

/** Two issues, highlights both folded into annotations.json and pending in the journal, a search index. */
async function buildLibrary(library: string, sources: string): Promise<string[]> {
  const files = await writeBulletins(sources, [bulletinVariant(2024, 3), bulletinVariant(2024, 4)]);
  await must(cli(['import', '--library', library, ...files]));
  const list = JSON.parse((await must(cli(['list', '--json', '--library', library]))).stdout) as { id: string }[];
  for (const [i, issue] of list.entries()) {
    await must(cli(['annotate', `${issue.id}-4`, '--quote', QUOTE, '--note', `note ${i}`, '--library', library]));
    await must(cli(['list', '--library', library])); // folds the journal into annotations.json (and backs it up)
  }
  await must(cli(['search', '稀土', '--library', library]));
  // Last, so its line is still waiting in the journal (the next open folds it in).
  await must(cli(['annotate', `${list[0]!.id}-1`, '--quote', '稀土', '--note', 'pending in the journal', '--library', library]));
  for (const needed of ['annotations.journal', 'index/manifest.json']) await stat(path.join(library, needed));
  return files;
}

async function view(library: string): Promise<View & { said: string; failed: string[] }> {
  const said: string[] = [];
  const failed: string[] = [];
  const run = async (args: string[]): Promise<string> => {
    const result = await cli([...args, '--library', library]);
    said.push(result.stderr);
    if (result.code !== 0) failed.push(`${args[0]} exited ${result.code}: ${result.stderr.trim().split('\n')[0] ?? ''}`);
    return result.stdout;
  };
  const issues = await run(['list', '--json']);
  const ids = (safeJson<{ id: string }[]>(issues) ?? []).map((i) => i.id);
  let texts = '';
  for (const id of ids) texts += await run(['show', id, '--json']);
  const annotations = await run(['annotations', 'list', '--json']);
  const search = await run(['search', '稀土', '--json']);
  return { issues, texts, annotations: stripVolatile(annotations), search, said: said.join(''), failed };
}

async function judge(check: Check, dir: string, name: string, target: Target, expected: View): Promise<void> {
  const again = repro(`--only damage --case '${name}'`);
  const seen = await view(dir);
  const verify = await cli(['verify', '--json', '--library', dir]);
  const leak = leakIn(seen.said + verify.stderr);
  if (leak !== null) check.fail({ what: `${name}: a message shows ${leak}`, seed: name, repro: again, defect: leakDefect(leak) });
  const changed = (['issues', 'texts', 'annotations', 'search'] as const).filter((k) => seen[k] !== expected[k]);
  if (changed.length === 0) return; // restored, or never affected
  const noticed = /^! /mu.test(seen.said) || seen.failed.length > 0;
  const problems = (safeJson<{ problems?: unknown[] }>(verify.stdout)?.problems ?? []).length;
  if (noticed || problems > 0 || verify.code !== 0) return; // reported
  check.lose();
  check.fail({
    what: `${name}: silently different (${changed.join(', ')}) — no notice, verify says sound`,
    seed: name,
    repro: again,
    ...(target.silentDefect !== undefined && { defect: target.silentDefect }),
  });
}

/** Importing the issue's original file again (or `verify --repair` once it exists) must make the library sound. */
async function judgeRepair(check: Check, dir: string, name: string, files: readonly string[]): Promise<void> {
  const again = repro(`--only damage --case '${name}'`);
  const repairCommand = (await cli(['verify', '--help'])).stdout.includes('--repair') ? ['verify', '--repair'] : null;
  // A lost original comes back only from a copy the person has: the files imported, named with --from.
  if (repairCommand) await cli([...repairCommand, '--from', ...files, '--library', dir]);
  else await cli(['import', '--library', dir, ...files]);
  const verify = await cli(['verify', '--json', '--library', dir]);
  if (verify.code !== 0) {
    const kinds = (safeJson<{ problems?: { kind: string }[] }>(verify.stdout)?.problems ?? []).map((p) => p.kind);
    check.fail({ what: `${name}: still unsound after ${repairCommand ? 'verify --repair' : 'importing the original again'} (${kinds.join(', ')})`, seed: name, repro: again, defect: 4 });
  }
}

async function damage(file: string, form: Form, target: Target, random: () => number): Promise<void> {
  const bytes = await readFile(file);
  switch (form) {
    case 'truncated':
      await truncate(file, Math.floor(bytes.length / 2));
      return;
    case 'nul-filled':
      await writeFile(file, Buffer.alloc(bytes.length));
      return;
    case 'empty':
      await writeFile(file, Buffer.alloc(0));
      return;
    case 'garbage':
      await writeFile(file, Buffer.from(Array.from({ length: Math.max(64, bytes.length) }, () => Math.floor(random() * 256))));
      return;
    case 'wrong-shape':
      await writeFile(file, target.wrongShape(bytes));
      return;
    case 'deleted':
      await rm(file);
      return;
    default: {
      const never: never = form;
      throw new Error(`unknown damage ${String(never)}`);
    }
  }
}

async function first(library: string, folder: string, prefix: string): Promise<string> {
  const names = (await readdir(path.join(library, folder))).filter((n) => n.startsWith(prefix) && !n.startsWith('.')).sort();
  const newest = prefix === '' ? names[0] : names[names.length - 1];
  if (newest === undefined) throw new Error(`the built library has no ${folder}/${prefix}*`);
  return path.join(library, folder, newest);
}

/** A segment (electron/core/search/segment-file.ts): magic, header length, JSON header, sections; the originals last. */
function changeStoredText(segment: Buffer): Buffer {
  const headerLength = segment.readUInt32LE(8);
  const header = JSON.parse(segment.toString('utf8', 16, 16 + headerLength)) as { sections: Record<string, [number, number]> };
  const bodyStart = Math.ceil((16 + headerLength) / 8) * 8;
  const from = Buffer.from('稀土', 'utf16le');
  const to = Buffer.from('金属', 'utf16le');
  const out = Buffer.from(segment);
  const start = bodyStart + (header.sections['originals']?.[0] ?? 0);
  for (let at = out.indexOf(from, start); at >= 0; at = out.indexOf(from, at + from.length)) to.copy(out, at);
  return out;
}

/** An orphaned flag may change with the texts; everything else of an annotation must be as it was. */
function stripVolatile(listing: string): string {
  const rows = safeJson<{ id: string; note: string | null; quote: string }[]>(listing) ?? [];
  return JSON.stringify(rows.map((r) => [r.id, r.note, r.quote]).sort());
}

function safeJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

async function must<T extends { code: number; stderr: string }>(run: Promise<T>): Promise<T> {
  const result = await run;
  if (result.code !== 0) throw new Error(`building the damage library failed: ${result.stderr}`);
  return result;
}
