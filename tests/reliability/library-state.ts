import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { cli } from '../helpers/cli';
import type { DefectNumber } from './report';
import { leakDefect, leakIn } from './report';

/**
 * What a person would find on opening a library after something went wrong: does it open, does
 * `verify` pass without their doing anything, what issues and annotations are there. Run
 * in-process (tests/helpers/cli.ts): the library is read exactly as the command line reads it.
 */

export interface IssueRow {
  id: string;
  series: string;
  year: number | null;
  number: number | null;
}

export interface AnnotationRowLite {
  id: string;
  note: string | null;
  issueId: string;
}

export interface Trouble {
  what: string;
  defect?: DefectNumber;
}

export interface Inspection {
  troubles: Trouble[];
  issues: IssueRow[];
  annotations: AnnotationRowLite[];
}

const BUSY = /is busy: /u;

/**
 * Opens and verifies the library as it is. A lock left by a dead process (defect 8) and orphans
 * of an interrupted import (defect 7) are reported, then cleared by hand so the next cycle of a
 * campaign starts from a sound library — the clearing is the manual step the defect is about.
 */
export async function inspect(library: string): Promise<Inspection> {
  const troubles: Trouble[] = [];
  let verify = await cli(['verify', '--json', '--library', library]);
  if (verify.code !== 0 && BUSY.test(verify.stderr)) {
    troubles.push({ what: `verify refused: ${firstLine(verify.stderr)}`, defect: 8 });
    await clearDeadLock(library);
    verify = await cli(['verify', '--json', '--library', library]);
  }
  if (verify.code !== 0) {
    const report = parseJson<{ problems?: { kind: string; path: string; message: string }[] }>(verify.stdout);
    const problems = report?.problems ?? [];
    if (problems.length === 0) troubles.push(describeFailure('verify', verify.code, verify.stderr));
    for (const problem of problems) {
      const orphan = problem.kind === 'orphan-file' || problem.kind === 'orphan-texts';
      troubles.push({ what: `verify: ${problem.kind} ${problem.path}`, ...(orphan && { defect: 7 as const }) });
      if (orphan) await rm(path.join(library, problem.path), { force: true });
    }
  }
  const list = await cli(['list', '--json', '--library', library]);
  if (list.code !== 0) troubles.push(describeFailure('list', list.code, list.stderr));
  const listed = await cli(['annotations', 'list', '--json', '--library', library]);
  if (listed.code !== 0) troubles.push(describeFailure('annotations list', listed.code, listed.stderr));
  return {
    troubles,
    issues: parseJson<IssueRow[]>(list.stdout) ?? [],
    annotations: parseJson<AnnotationRowLite[]>(listed.stdout) ?? [],
  };
}

function describeFailure(command: string, code: number, stderr: string): Trouble {
  const leak = leakIn(stderr);
  if (leak !== null) return { what: `${command} exited ${code} with ${leak}: ${firstLine(stderr)}`, defect: leakDefect(leak) };
  return { what: `${command} exited ${code}: ${firstLine(stderr)}` };
}

/** What proper-lockfile would do itself once the lock is stale: remove it. */
export async function clearDeadLock(library: string): Promise<void> {
  await rm(path.join(library, '.lock'), { recursive: true, force: true });
  await rm(path.join(library, '.lock-owner.json'), { force: true });
}

export function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? '').slice(0, 240);
}

/** Files a crashed writer may leave: `.name.tmp-PID-…` (durable-file.ts). */
export async function tempFilesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => n.includes('.tmp-') || n.endsWith('.tmp') || n.endsWith('.part'));
  } catch {
    return [];
  }
}

export function issueKey(issue: Pick<IssueRow, 'series' | 'year' | 'number'>): string {
  return `${issue.series}:${issue.year ?? ''}:${issue.number ?? ''}`;
}
