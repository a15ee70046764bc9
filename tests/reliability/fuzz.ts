import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../helpers/cli';
import { SAMPLE_PATH } from './bulletins';
import { fuzzInput, inflationBomb, loadSources, singleByteFlip } from './fuzz/inputs';
import type { FuzzInput, Source, SourceKind } from './fuzz/inputs';
import { FuzzPool } from './fuzz/pool';
import type { Verdict } from './fuzz/pool';
import { Check, leakDefect, leakIn, repro } from './report';
import type { CheckResult, DefectNumber } from './report';

/**
 * Fuzz (issue 20): mutated text, PDF and Word bulletins (and the ZIP and OFD files people send
 * instead) read by the importer. No input may crash it, show a stack trace or a library's
 * internals, run past its deadline, or take the reading process past the memory limit.
 */

/** Stated limits: a person waits at most this long for one file to be read… */
export const DEADLINE_MS = 30_000;
/** …and the process reading it stays under this resident size (the app runs beside other programs). */
export const MEMORY_LIMIT_MB = 1024;

export interface FuzzOptions {
  count: number;
  seed: number;
  short: boolean;
  /** One case again: raw, flip or worker with `seed` as the input's own seed; or bomb. */
  only?: string;
}

export async function runFuzz(options: FuzzOptions): Promise<CheckResult[]> {
  const one = options.only;
  const wants = (part: 'raw' | 'flip' | 'worker' | 'bomb'): boolean => one === undefined || one === part;
  const seedOf = (base: number, i: number): number => (one === undefined ? base + i : options.seed);
  const sources = loadSources([await bulletinDocx()]);
  const checks = new Map<SourceKind, Check>((['text', 'pdf', 'word', 'package'] as const).map((k) => [k, new Check('fuzz', `${k} (mutated)`)]));
  const flips = new Check('fuzz', 'one corrupt byte');
  const worker = new Check('fuzz', 'through the worker');

  // Most inputs: extraction in the child's own thread, so thousands fit in minutes.
  const pool = new FuzzPool(2, { inThread: true, memoryLimitMb: MEMORY_LIMIT_MB, deadlineMs: DEADLINE_MS });
  const slowest = { ms: 0, seed: 0 };
  try {
    const count = wants('raw') ? (one === undefined ? options.count : 1) : 0;
    let done = 0;
    await pool.runAll(count, (i) => fuzzInput(seedOf(options.seed * 100_000, i), sources), (input, verdict) => {
      const check = checks.get(input.kind)!;
      check.try();
      if (verdict.kind === 'answered' && verdict.answer.ms > slowest.ms) Object.assign(slowest, { ms: verdict.answer.ms, seed: input.seed });
      judge(check, input, verdict, `--only fuzz --case raw --seed ${input.seed} --count 1`);
      if (++done % 500 === 0) process.stdout.write(`  fuzz: ${done} of ${count}\n`);
    });

    // Defect 13: one changed byte in the body of a long text bulletin must not refuse the file.
    const texts = sources.filter((s) => s.name === path.basename(SAMPLE_PATH) || s.name === 'keji-gongzuo-jianbao-088.gb18030.txt');
    const flipCount = wants('flip') ? (one === undefined ? (options.short ? 12 : 98) : 1) : 0;
    const flipInput = (i: number): FuzzInput => {
      const seed = seedOf(options.seed * 1000, i);
      return singleByteFlip(seed, texts[seed % texts.length]!);
    };
    await pool.runAll(flipCount, flipInput, (input, verdict) => {
      flips.try();
      judge(flips, input, verdict, `--only fuzz --case flip --seed ${input.seed}`);
      if (verdict.kind === 'answered' && verdict.answer.outcome === 'refused') {
        flips.fail({
          what: `${input.source} with ${input.mutations.join(', ')} changed is refused: ${verdict.answer.said[0] ?? ''}`,
          seed: String(input.seed),
          repro: repro(`--only fuzz --case flip --seed ${input.seed}`),
          defect: 13,
        });
      }
    });
  } finally {
    await pool.close();
  }
  for (const check of checks.values()) check.figure('peak MB', Math.round(pool.peakMb));
  checks.get('pdf')?.figure('slowest ms', Math.round(slowest.ms));

  // The real path: a fresh worker per file, with its resource limits — and the inflation bomb (defect 3).
  const real = new FuzzPool(1, { inThread: false, memoryLimitMb: MEMORY_LIMIT_MB, deadlineMs: DEADLINE_MS * 2 });
  try {
    const heavy = sources.filter((s) => s.kind === 'pdf' || s.kind === 'word');
    const workerCount = wants('worker') ? (one === undefined ? (options.short ? 2 : 40) : 1) : 0;
    const inputs: FuzzInput[] = [
      ...(wants('bomb') ? [{ seed: 0, ...bomb(await inflationBomb()) }] : []),
      ...Array.from({ length: workerCount }, (_, i) => fuzzInput(seedOf(options.seed * 100_000 + 90_000, i), heavy)),
    ];
    await real.runAll(inputs.length, (i) => inputs[i]!, (input, verdict) => {
      worker.try();
      judge(worker, input, verdict, input.seed === 0 ? '--only fuzz --case bomb' : `--only fuzz --case worker --seed ${input.seed}`);
    });
  } finally {
    await real.close();
  }
  worker.figure('peak MB', Math.round(real.peakMb));
  return [...[...checks.values()].map((c) => c.result), flips.result, worker.result];
}

function bomb(source: Source): Omit<FuzzInput, 'seed'> {
  return { name: source.name, bytes: new Uint8Array(source.bytes), source: source.name, kind: 'pdf', mutations: ['1 MB stream inflating to 1 GiB'] };
}

function judge(check: Check, input: FuzzInput, verdict: Verdict, args: string): void {
  const seed = String(input.seed);
  const where = `${input.source} (${input.mutations.join(' + ')})`;
  const fail = (what: string, defect?: DefectNumber): void =>
    check.fail({ what: `${where}: ${what}`, seed, repro: repro(args), ...(defect !== undefined && { defect }) });
  switch (verdict.kind) {
    case 'over-deadline':
      fail(`still reading after ${DEADLINE_MS / 1000} s`);
      return;
    case 'over-memory':
      fail(`the reading process passed ${MEMORY_LIMIT_MB} MB resident (killed at ${Math.round(verdict.peakMb)} MB)`, 3);
      return;
    case 'died':
      fail(`the reading process died: ${verdict.detail}`);
      return;
    case 'answered': {
      const { answer } = verdict;
      if (answer.outcome === 'thrown') {
        const first = answer.said[0]?.split('\n')[0] ?? '';
        const leak = leakIn(first);
        fail(`crashed instead of refusing: ${first}`, leak === null ? undefined : 12);
        return;
      }
      for (const text of answer.said) {
        const leak = leakIn(text);
        if (leak !== null) {
          fail(`the message shows ${leak}: ${text.split('\n')[0]?.slice(0, 200) ?? ''}`, leakDefect(leak));
          return;
        }
      }
      return;
    }
    default: {
      const never: never = verdict;
      throw new Error(`unknown verdict ${String(never)}`);
    }
  }
}

/** A real Word bulletin to mutate: the sample issue as the archive exports it to .docx. */
async function bulletinDocx(): Promise<Source> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'reliability-docx-'));
  try {
    const library = path.join(dir, 'library');
    await cli(['import', '--library', library, SAMPLE_PATH]);
    const out = await cli(['export', '--all', '--format', 'docx', '--out', path.join(dir, 'out'), '--library', library]);
    if (out.code !== 0) throw new Error(`could not export the sample as Word: ${out.stderr}`);
    const [name] = await readdir(path.join(dir, 'out'));
    return { kind: 'word', name: 'sample-export.docx', bytes: await readFile(path.join(dir, 'out', name!)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
