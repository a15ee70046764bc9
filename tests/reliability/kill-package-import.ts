import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AnnotationStore } from '../../electron/core/annotations';
import { openLibrary } from '../../electron/core/library';
import type { Library } from '../../electron/core/library';
import { importPackage } from '../../electron/core/package/import-package';
import { seededRandom } from '../bench/random';
import { libraryView } from '../helpers/library-view';
import { writePackageBag } from '../helpers/package-folder';
import { bulletinVariant, QUOTE } from './bulletins';
import { kill, startCli } from './children';
import { waitForKillMoment } from './kill-moment';
import { inspect } from './library-state';
import { Check, repro } from './report';
import type { CheckResult } from './report';

/**
 * Kill during a package import (issue 15, "Done means"): `bulletin-archive package import` merging
 * a package of library A into library B is killed with SIGKILL at seeded random moments, then run
 * again, and killed again, until a run completes. After every kill the library must open and
 * `verify` must pass with nothing done by hand; once a run completes, the library must be the one
 * an uninterrupted merge makes (catalogue, texts, originals, annotations: tests/helpers/library-view.ts).
 */
export interface PackageImportKillOptions {
  /** At least this many kills that landed while the import was running. */
  kills: number;
  seed: number;
}

/** A round stops killing after this many and lets the run finish, so every round ends with a comparison. */
const KILLS_PER_ROUND = 5;

export async function runPackageImportKills(options: PackageImportKillOptions): Promise<CheckResult> {
  const check = new Check('kill', 'package-import');
  const root = await mkdtemp(path.join(os.tmpdir(), 'reliability-package-import-'));
  const again = repro(`--only kill --scenario package-import --seed ${options.seed}`);
  const seed = String(options.seed);
  try {
    const { template, bag } = await twoLibraries(root, options.seed);
    const expected = await mergedUninterrupted(root, template, bag);
    const random = seededRandom(options.seed);
    let usual = 8000;
    let kills = 0;
    for (let round = 0; kills < options.kills; round++) {
      const library = path.join(root, `round-${round}`);
      await cp(template, library, { recursive: true });
      for (let attempt = 0; ; attempt++) {
        check.try();
        const where = `round ${round + 1}, run ${attempt + 1}`;
        const running = startCli(['package', 'import', bag, '--library', library]);
        const started = Date.now();
        const killed = attempt < KILLS_PER_ROUND && (await killAtRandom(running, usual, random, [library, path.join(library, 'files'), path.join(library, 'texts')]));
        const exit = await running.exited;
        const found = await inspect(library);
        for (const trouble of found.troubles) check.fail({ what: `${where}: ${trouble.what}`, seed, repro: again, ...(trouble.defect && { defect: trouble.defect }) });
        if (killed) {
          kills += 1;
          check.count('killed');
          if (existsSync(path.join(library, '.lock'))) check.count('in write');
          continue;
        }
        usual = Math.max(usual * 0.8, Date.now() - started);
        if (exit.code !== 0) {
          const said = [...exit.stderr.split('\n'), ...exit.stdout.split('\n').filter((l) => /✗|failed|could not/iu.test(l))].filter((l) => l.trim() !== '');
          check.fail({ what: `${where}: the import did not complete after ${attempt} kill(s) (exit ${String(exit.code)}): ${said.slice(0, 3).join(' / ')}`, seed, repro: again });
          break;
        }
        if (/went on with a merge that was interrupted/u.test(exit.stdout)) check.count('resumed');
        const view = await libraryView(await openLibrary(library));
        if (JSON.stringify(view) !== JSON.stringify(expected)) {
          check.lose();
          check.fail({ what: `${where}: after ${attempt} kill(s) and a complete run, the library differs from an uninterrupted merge`, seed, repro: again });
        }
        check.count('completed');
        break;
      }
      await rm(library, { recursive: true, force: true });
    }
  } catch (error) {
    check.fail({ what: `the harness failed: ${error instanceof Error ? error.message : String(error)}`, seed, repro: again });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return check.result;
}

/**
 * Half the time anywhere in the usual run, half a few milliseconds after the import first writes
 * to the library (most of a run is loading the program; the writes are where a kill can harm).
 */
async function killAtRandom(running: ReturnType<typeof startCli>, usual: number, random: () => number, watched: readonly string[]): Promise<boolean> {
  const inWrite = random() < 0.5;
  const after = Math.floor(random() * 400);
  const delay = usual * (0.3 + 0.7 * random());
  const outcome = await waitForKillMoment(running, { inWrite, watched, afterMs: after, delayMs: delay, usualMs: usual });
  if (outcome === 'exited') return false;
  kill(running);
  await running.exited;
  return true;
}

/** A holds eight issues, each annotated, two edited; B holds three of them and two of its own, edited and annotated too. */
async function twoLibraries(root: string, seed: number): Promise<{ template: string; bag: string }> {
  const year = 2100 + (seed % 800);
  const a = await openLibrary(path.join(root, 'a'), { create: true });
  const b = await openLibrary(path.join(root, 'b'), { create: true });
  const idsA: string[] = [];
  for (let n = 1; n <= 8; n++) idsA.push(await imported(a, bulletinVariant(year, n, 40)));
  for (const n of [1, 2, 3, 20, 21]) await imported(b, bulletinVariant(year, n, 40));
  for (const id of idsA) await note(a, id, `A 的批注 ${id}`);
  await new AnnotationStore(a).addTag(`${idsA[0]!}-2`, '甲');
  await a.updateIssue(idsA[0]!, { publisher: 'A 编辑部' });
  await b.updateIssue(idsA[1]!, { publisher: 'B 编辑部' });
  await b.updateIssue(idsA[0]!, { remarks: 'B 的备注' });
  await note(b, idsA[1]!, 'B 的批注');
  await new AnnotationStore(b).addTag(`${idsA[0]!}-2`, '甲');
  const bag = await writePackageBag(a, path.join(root, 'package-a'));
  return { template: b.dir, bag };
}

async function imported(library: Library, file: { name: string; bytes: Uint8Array }): Promise<string> {
  const outcome = await library.importBulletin(file);
  if (outcome.status !== 'imported') throw new Error(`${file.name}: ${outcome.status}`);
  return outcome.issueId;
}

async function note(library: Library, issueId: string, text: string): Promise<void> {
  await new AnnotationStore(library).highlightQuote(`${issueId}-4`, QUOTE, 1, { color: 'green', note: text });
}

async function mergedUninterrupted(root: string, template: string, bag: string): Promise<unknown> {
  const dir = path.join(root, 'uninterrupted');
  await cp(template, dir, { recursive: true });
  const library = await openLibrary(dir);
  await importPackage(library, bag);
  return libraryView(await openLibrary(dir));
}

