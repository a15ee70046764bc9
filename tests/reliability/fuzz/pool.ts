import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FuzzAnswer, FuzzRequest } from './child';

/**
 * Child processes that read fuzzed files, one at a time each. Every input gets a deadline and
 * the child's resident memory is sampled while it works; past either, the child is killed (it
 * cannot take the suite, or the machine, with it) and a fresh one takes its place.
 */

export type Verdict =
  | { kind: 'answered'; answer: FuzzAnswer; peakMb: number }
  | { kind: 'over-deadline'; peakMb: number }
  | { kind: 'over-memory'; peakMb: number }
  | { kind: 'died'; detail: string; peakMb: number };

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

interface Slot {
  child: ChildProcess;
  ready: Promise<void>;
  stderr: string;
}

export class FuzzPool {
  private readonly slots: Slot[] = [];
  peakMb = 0;

  constructor(
    size: number,
    private readonly options: { inThread: boolean; memoryLimitMb: number; deadlineMs: number },
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /**
   * Runs `count` inputs through the pool, `size` at a time; `onVerdict` is called as each
   * finishes. Inputs are made one by one as a child is free (thousands of mutated PDFs at once
   * would hold gigabytes).
   */
  async runAll<I extends { name: string; bytes: Uint8Array }>(count: number, make: (index: number) => I, onVerdict: (input: I, verdict: Verdict) => void): Promise<void> {
    let next = 0;
    await Promise.all(
      this.slots.map(async (_, index) => {
        while (next < count) {
          const input = make(next++);
          onVerdict(input, await this.runOn(index, next, input));
        }
      }),
    );
  }

  async close(): Promise<void> {
    for (const slot of this.slots) slot.child.kill('SIGKILL');
  }

  private spawn(): Slot {
    const child = fork(CHILD, [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, FUZZ_IN_THREAD: this.options.inThread ? '1' : '0' },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const slot: Slot = {
      child,
      stderr: '',
      ready: new Promise((resolve, reject) => {
        child.once('message', () => resolve());
        child.once('exit', (code) => reject(new Error(`fuzz child exited (${code}) before it was ready: ${slot.stderr.slice(-500)}`)));
      }),
    };
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (slot.stderr = (slot.stderr + chunk).slice(-4000)));
    // A child killed at close before it was ready is no failure; runOn awaits `ready` itself.
    slot.ready.catch(() => undefined);
    return slot;
  }

  private async runOn(index: number, id: number, input: { name: string; bytes: Uint8Array }): Promise<Verdict> {
    let slot = this.slots[index]!;
    try {
      await slot.ready;
    } catch (error) {
      this.slots[index] = this.spawn();
      return { kind: 'died', detail: error instanceof Error ? error.message : String(error), peakMb: 0 };
    }
    let peakMb = 0;
    const verdict = await new Promise<Verdict>((resolve) => {
      const finish = (v: Verdict): void => {
        clearInterval(sampler);
        clearTimeout(timer);
        slot.child.off('message', onMessage);
        slot.child.off('exit', onExit);
        resolve(v);
      };
      const onMessage = (message: FuzzAnswer): void => {
        if (message.id === id) finish({ kind: 'answered', answer: message, peakMb });
      };
      const onExit = (code: number | null, signal: string | null): void =>
        finish({ kind: 'died', detail: `exit ${code ?? signal}: ${slot.stderr.slice(-300)}`, peakMb });
      // The deadline counts the child's CPU time, so a machine busy with other work does not make
      // an input look slow; a child that waits without working is stopped at six times the deadline.
      const cpuAtStart = cpuMs(slot.child.pid);
      const sampler = setInterval(() => {
        peakMb = Math.max(peakMb, residentMb(slot.child.pid));
        if (peakMb > this.options.memoryLimitMb) finish({ kind: 'over-memory', peakMb });
        else if (cpuMs(slot.child.pid) - cpuAtStart > this.options.deadlineMs) finish({ kind: 'over-deadline', peakMb });
      }, 50);
      const timer = setTimeout(() => finish({ kind: 'over-deadline', peakMb }), this.options.deadlineMs * 6);
      slot.child.on('message', onMessage);
      slot.child.once('exit', onExit);
      slot.child.send({ id, name: input.name, bytes: input.bytes } satisfies FuzzRequest);
    });
    this.peakMb = Math.max(this.peakMb, peakMb);
    if (verdict.kind !== 'answered') {
      slot.child.kill('SIGKILL');
      slot = this.spawn();
      this.slots[index] = slot;
      await slot.ready.catch(() => undefined);
    }
    return verdict;
  }
}

/** VmRSS of a process, in MB (0 once it is gone). */
function residentMb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const match = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** User and system CPU time of a process (all its threads), in ms, from /proc (clock ticks of 10 ms). */
function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}
