import { execFileSync } from 'node:child_process';
import { mkdtemp, open, rm, rmdir, stat, statfs, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../helpers/cli';
import { bulletinVariant, QUOTE, writeBulletins } from './bulletins';
import type { CliRun } from '../helpers/cli';
import { firstLine, inspect, issueKey, tempFilesIn } from './library-state';
import { Check, leakDefect, leakIn, repro } from './report';
import type { CheckResult, DefectNumber } from './report';

/**
 * Disk full (issue 20): a library on a 3 MB tmpfs, written until the disk refuses. Nothing may be
 * half-written, every acknowledged write must stay, failures must be messages (not stack traces),
 * and the library must open and verify while the disk is full — with a change waiting in the
 * annotation journal and only a few kilobytes free (defect 2) — and again once space is freed.
 */

const AGAIN = repro('--only disk-full');

export async function runDiskFull(options: { short: boolean }): Promise<CheckResult[]> {
  const importing = new Check('disk-full', 'import until full');
  const annotating = new Check('disk-full', 'annotate until full');
  const reading = new Check('disk-full', 'read while full');
  const freed = new Check('disk-full', 'after space is freed');
  const all = [importing, annotating, reading, freed];
  const work = await mkdtemp(path.join(os.tmpdir(), 'reliability-disk-full-'));
  const disk = path.join(work, 'disk');
  try {
    execFileSync('mkdir', ['-p', disk]);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', disk], { stdio: 'pipe' });
  } catch (error) {
    const reason = `cannot mount a 3 MB tmpfs here (${firstLine(error instanceof Error ? error.message : String(error))}); run as root where mount is permitted`;
    for (const check of all) check.skip(reason);
    await rm(work, { recursive: true, force: true });
    return all.map((c) => c.result);
  }
  try {
    const library = path.join(disk, 'library');
    const sources = path.join(work, 'sources');
    const acked = { issues: new Set<string>(), annotations: new Set<string>() };

    // Room kept aside, to free later: the library fills the rest.
    const reserves = [path.join(disk, 'reserve-1'), path.join(disk, 'reserve-2')];
    for (const reserve of reserves) await writeFile(reserve, Buffer.alloc(512 * 1024));

    // Import until the disk refuses.
    let number = 1;
    for (let i = 0; i < 400; i++) {
      const file = bulletinVariant(2077, number++, 200);
      const [at] = await writeBulletins(sources, [file]);
      importing.try();
      const run = await cli(['import', '--library', library, at!]);
      if (run.code === 0) {
        acked.issues.add(file.ref);
        continue;
      }
      said(importing, 'import', run);
      break;
    }
    await sound(importing, library, acked, 'after the import that found the disk full', true);
    importing.figure('imported', acked.issues.size);

    // Annotate until the disk refuses (the journal grows, folds into annotations.json, is backed up).
    await rm(reserves[0]!);
    const issueId = await firstIssue(library);
    for (let i = 0; i < (options.short ? 300 : 2000) && issueId !== null; i++) {
      annotating.try();
      const run = await cli(['annotate', `${issueId}-4`, '--quote', QUOTE, '--note', `满盘批注 ${i} ${'备注'.repeat(400)}`, '--library', library]);
      const id = /urn:uuid:[0-9a-f-]{36}/u.exec(run.stdout)?.[0];
      if (run.code === 0 && id) {
        acked.annotations.add(id);
        continue;
      }
      said(annotating, 'annotate', run);
      break;
    }
    await sound(annotating, library, acked, 'after the annotation that found the disk full', true);
    annotating.figure('annotations', acked.annotations.size);

    // Defect 2: a change waiting in the journal, and 8 KB or less free.
    const filler = path.join(disk, 'filler');
    await rm(reserves[1]!);
    await fillLeaving(filler, disk, 96 * 1024);
    if (issueId !== null) {
      const run = await cli(['annotate', `${issueId}-1`, '--quote', '稀土', '--note', 'pending', '--library', library]);
      const id = /urn:uuid:[0-9a-f-]{36}/u.exec(run.stdout)?.[0];
      if (run.code === 0 && id) acked.annotations.add(id);
      else reading.fail({ what: `could not set up a pending journal line with 96 KB free: ${firstLine(run.stderr)}`, seed: 'disk-full', repro: AGAIN });
    }
    await fillLeaving(filler, disk, 4 * 1024, true);
    reading.figure('journal bytes', (await stat(path.join(library, 'annotations.journal')).catch(() => ({ size: 0 }))).size);
    reading.figure('free KB', Math.round((await freeBytes(disk)) / 1024));
    for (const args of [['list'], ['verify'], ['annotations', 'list'], ['search', '稀土'], ['show', issueId ?? 'none']]) {
      reading.try();
      const run = await cli([...args, '--library', library]);
      if (run.code !== 0) {
        const leak = leakIn(run.stderr);
        reading.fail({
          what: `\`${args.join(' ')}\` fails while the disk is full: exit ${run.code}, ${firstLine(run.stderr)}`,
          seed: 'disk-full',
          repro: AGAIN,
          defect: args[0] === 'search' && leak !== null ? 10 : 2,
        });
      } else said(reading, args.join(' '), run);
    }
    for (const args of [['annotate', `${issueId ?? ''}-4`, '--quote', QUOTE], ['export', '--all', '--format', 'md', '--out', path.join(disk, 'export')]]) {
      reading.try();
      said(reading, args[0]!, await cli([...args, '--library', library]));
    }
    if ((await tempFilesIn(library)).length > 0) reading.fail({ what: `temp files left while full: ${(await tempFilesIn(library)).join(', ')}`, seed: 'disk-full', repro: AGAIN });

    // Space freed: everything acknowledged is there and the library verifies.
    await rm(filler, { force: true });
    await rm(path.join(disk, 'export'), { recursive: true, force: true });
    freed.try();
    freed.figure('free KB', Math.round((await freeBytes(disk)) / 1024));
    await sound(freed, library, acked, 'once space was freed', false);
    freed.try();
    const after = await cli(['annotate', `${issueId ?? ''}-4`, '--quote', QUOTE, '--library', library]);
    if (after.code !== 0) freed.fail({ what: `annotate fails once space is freed: ${firstLine(after.stderr)}`, seed: 'disk-full', repro: AGAIN });
  } finally {
    try {
      execFileSync('umount', [disk], { stdio: 'pipe' });
      await rmdir(disk);
    } catch {
      // left mounted under the temp folder; the next boot clears it
    }
    await rm(work, { recursive: true, force: true });
  }
  return all.map((c) => c.result);
}

/** A refusal must be a message a person can act on: no stack trace, no "unexpected error" (defect 10). */
function said(check: Check, command: string, run: CliRun): void {
  const leak = leakIn(run.stderr);
  if (leak === null) return;
  const defect: DefectNumber = run.code === 70 ? 10 : leakDefect(leak);
  check.fail({ what: `${command} on a full disk: exit ${run.code} with ${leak}: ${firstLine(run.stderr)}`, seed: 'disk-full', repro: AGAIN, defect });
}

/** `full`: the disk is full now, so a read that fails is defect 2 (reading must not depend on writing). */
async function sound(check: Check, library: string, acked: { issues: Set<string>; annotations: Set<string> }, when: string, full: boolean): Promise<void> {
  const found = await inspect(library);
  for (const trouble of found.troubles) {
    const defect = full && /^(verify|list|annotations list) exited/u.test(trouble.what) ? 2 : trouble.defect;
    check.fail({ what: `${when}: ${trouble.what}`, seed: 'disk-full', repro: AGAIN, ...(defect !== undefined && { defect }) });
  }
  if (found.troubles.some((t) => t.what.startsWith('list') || t.what.startsWith('annotations list'))) return; // nothing to compare
  const present = new Set(found.issues.map(issueKey));
  const gone = [...acked.issues].filter((ref) => !present.has(ref));
  const notes = new Set(found.annotations.map((a) => a.id));
  const goneNotes = [...acked.annotations].filter((id) => !notes.has(id));
  if (gone.length + goneNotes.length > 0) {
    check.lose(gone.length + goneNotes.length);
    check.fail({ what: `${when}: ${gone.length} acknowledged import(s) and ${goneNotes.length} annotation(s) gone`, seed: 'disk-full', repro: AGAIN });
  }
  const temps = await tempFilesIn(library);
  if (temps.length > 0) check.fail({ what: `${when}: half-written temp files left: ${temps.join(', ')}`, seed: 'disk-full', repro: AGAIN });
}

async function firstIssue(library: string): Promise<string | null> {
  const list = await cli(['list', '--json', '--library', library]);
  if (list.code !== 0) return null;
  return (JSON.parse(list.stdout) as { id: string }[])[0]?.id ?? null;
}

async function freeBytes(dir: string): Promise<number> {
  const s = await statfs(dir);
  return s.bavail * s.bsize;
}

/** Grows `file` until `leave` bytes (or fewer) are free on its disk; `exact` fills to the last block. */
async function fillLeaving(file: string, disk: string, leave: number, exact = false): Promise<void> {
  const handle = await open(file, 'a');
  try {
    for (let free = await freeBytes(disk); free > leave; free = await freeBytes(disk)) {
      const step = Math.max(exact ? 1024 : 4096, Math.min(256 * 1024, free - leave));
      try {
        await handle.write(Buffer.alloc(step));
      } catch {
        break;
      }
    }
  } finally {
    await handle.close();
  }
}
