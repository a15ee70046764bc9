import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../bench/random';
import { cli } from '../helpers/cli';
import { bulletinVariant, QUOTE, writeBulletins } from './bulletins';
import { callApi, kill, startCli, startServe, stubRenderer } from './children';
import type { Running } from './children';
import { waitForKillMoment } from './kill-moment';
import { inspect, issueKey, tempFilesIn } from './library-state';
import { runPackageImportKills } from './kill-package-import';
import { Check, repro } from './report';
import type { CheckResult } from './report';

/**
 * Kill during write (issue 20, "The suite to keep"): the real command line and a real browser-mode
 * server are killed with SIGKILL at seeded random moments while they write. After each kill the
 * library must open, `verify` must pass with nothing done by hand, and every acknowledged write
 * (a command that exited 0, an API call answered ok before the kill) must be there.
 *
 * A campaign is one library and a run of cycles on it, all drawn from the campaign's seed; the
 * moment of each kill depends on the machine's speed, so a rerun hits the same scenarios at
 * comparable, not identical, moments.
 */

type Scenario = 'import-file' | 'import-folder' | 'annotate-cli' | 'annotate-serve' | 'edit-serve' | 'edit-cli' | 'export-cli';
const SCENARIOS: readonly Scenario[] = ['import-file', 'import-folder', 'annotate-cli', 'annotate-serve', 'edit-serve', 'edit-cli', 'export-cli'];
const EXPORT_FORMATS = ['md', 'json', 'docx', 'html'] as const;

interface Acknowledged {
  issues: Set<string>;
  annotations: Set<string>;
  /** The masthead publisher last acknowledged, and those sent after it (any of them may have landed). */
  publisher: { acked: string | null; since: string[] };
}

interface Campaign {
  seed: number;
  library: string;
  work: string;
  renderer: string;
  random: () => number;
  year: number;
  nextNumber: number;
  acked: Acknowledged;
  /** Typical time each scenario takes uninterrupted, learned as the campaign goes. */
  duration: Map<Scenario, number>;
  firstIssueId: string;
  checks: Map<Scenario, Check>;
  cycles: number;
}

export interface KillOptions {
  cycles: number;
  seed: number;
  cyclesPerLibrary: number;
  /** This process runs campaigns `index`, `index + of`, … of the whole run (--parallel). */
  shard?: { index: number; of: number };
  /** Only these scenarios (--scenario), to look at one closely. */
  scenarios?: readonly string[];
}

export async function runKillDuringWrite(options: KillOptions): Promise<CheckResult[]> {
  const checks = new Map<Scenario, Check>(SCENARIOS.map((s) => [s, new Check('kill', s)]));
  const root = await mkdtemp(path.join(os.tmpdir(), 'reliability-kill-'));
  const renderer = await stubRenderer(path.join(root, 'renderer'));
  try {
    let done = 0;
    for (let c = 0; done < options.cycles; c++) {
      const seed = options.seed + c;
      const count = Math.min(options.cyclesPerLibrary, options.cycles - done);
      const mine = !options.shard || c % options.shard.of === options.shard.index;
      const chosen = options.scenarios?.length ? SCENARIOS.filter((s) => options.scenarios?.includes(s)) : SCENARIOS;
      // `--scenario package-import` alone runs no campaign (its kills run apart, below).
      if (mine && chosen.length > 0) await runCampaign(seed, count, root, renderer, checks, chosen);
      done += count;
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  if (options.shard && options.shard.index > 0) return [...checks.values()].map((c) => c.result);
  // The package import is killed on libraries of its own (kill-package-import.ts): at least 50 kills in a full run.
  const wantsImport = !options.scenarios?.length || options.scenarios.includes('package-import');
  const packageImport = wantsImport ? await runPackageImportKills({ kills: options.cycles >= 50 ? 50 : options.cycles, seed: options.seed }) : skipped('package-import', 'not among --scenario');
  return [...[...checks.values()].map((c) => c.result), packageImport];
}

function skipped(name: string, reason: string): CheckResult {
  const check = new Check('kill', name);
  check.skip(reason);
  return check.result;
}

async function runCampaign(seed: number, cycles: number, root: string, renderer: string, checks: Map<Scenario, Check>, scenarios: readonly Scenario[]): Promise<void> {
  const work = path.join(root, `campaign-${seed}`);
  const library = path.join(work, 'library');
  const first = bulletinVariant(2100 + (seed % 800), 1);
  const [firstPath] = await writeBulletins(path.join(work, 'in'), [first]);
  const seeded = await cli(['import', '--json', '--library', library, firstPath!]);
  const firstIssueId = (JSON.parse(seeded.stdout) as { outcomes: { issueId: string }[] }).outcomes[0]?.issueId ?? '';
  const campaign: Campaign = {
    seed,
    library,
    work,
    renderer,
    random: seededRandom(seed),
    year: 2100 + (seed % 800),
    nextNumber: 2,
    acked: { issues: new Set([first.ref]), annotations: new Set(), publisher: { acked: null, since: [] } },
    duration: new Map(),
    firstIssueId,
    checks,
    cycles,
  };
  for (let cycle = 0; cycle < cycles; cycle++) {
    const scenario = scenarios[Math.floor(campaign.random() * scenarios.length)]!;
    const check = checks.get(scenario)!;
    check.try();
    const where = `campaign ${seed}, cycle ${cycle + 1} (${scenario})`;
    try {
      await runScenario(campaign, scenario);
    } catch (error) {
      check.fail({ what: `${where}: the harness failed: ${error instanceof Error ? error.message : String(error)}`, seed: String(seed), repro: repro(`--only kill --seed ${seed} --cycles ${cycles}`) });
    }
    await checkAfterKill(campaign, check, where);
  }
  await rm(work, { recursive: true, force: true });
}

/**
 * Kills the command at a seeded random moment. Half the time the moment is anywhere in its
 * usual run; the other half it is a few milliseconds after the first file it writes appears in
 * `watched` folders (the commit of an import, an append to the journal, an export's temp file),
 * because that window is short and is where a kill can do harm. Returns true if it was killed.
 */
async function killAtRandom(campaign: Campaign, scenario: Scenario, running: Running, fallbackMs: number, watched: readonly string[] = []): Promise<boolean> {
  const usual = campaign.duration.get(scenario) ?? fallbackMs;
  const inWrite = watched.length > 0 && campaign.random() < 0.5;
  // Most of a command's life is loading its modules; the kill lands in the part that writes.
  const delay = usual * (0.45 + 0.8 * campaign.random());
  const after = Math.floor(campaign.random() * 40);
  const started = Date.now();
  const outcome = await waitForKillMoment(running, { inWrite, watched, afterMs: after, delayMs: delay, usualMs: usual });
  // What a run takes here, learned as the campaign goes: from runs that finished, and from when
  // writing began, so random moments follow the machine's speed rather than a guess.
  const elapsed = Date.now() - started;
  if (outcome === 'exited') {
    campaign.duration.set(scenario, Math.max(usual * 0.8, elapsed));
    return false;
  }
  if (inWrite) campaign.duration.set(scenario, Math.max(usual * 0.8, elapsed * 1.05));
  kill(running);
  await running.exited;
  const check = campaign.checks.get(scenario);
  check?.count('killed');
  // How often the kill landed inside a write (the library lock held): the moments that matter.
  if (existsSync(path.join(campaign.library, '.lock'))) check?.count('in write');
  return true;
}

async function runScenario(campaign: Campaign, scenario: Scenario): Promise<void> {
  switch (scenario) {
    case 'import-file':
    case 'import-folder': {
      const count = scenario === 'import-file' ? 1 : 2 + Math.floor(campaign.random() * 4);
      const files = Array.from({ length: count }, () => bulletinVariant(campaign.year, campaign.nextNumber++, Math.floor(campaign.random() * 400)));
      const folder = path.join(campaign.work, `in-${campaign.nextNumber}`);
      const paths = await writeBulletins(folder, files);
      const running = startCli(['import', '--library', campaign.library, scenario === 'import-file' ? paths[0]! : folder]);
      await killAtRandom(campaign, scenario, running, 2500 + 300 * count, [path.join(campaign.library, 'files'), path.join(campaign.library, 'texts')]);
      const exit = await running.exited;
      if (exit.code === 0) for (const f of files) campaign.acked.issues.add(f.ref);
      return;
    }
    case 'annotate-cli': {
      const note = `kill-${campaign.seed}-${campaign.nextNumber++}`;
      const running = startCli(['annotate', `${campaign.firstIssueId}-4`, '--quote', QUOTE, '--note', note, '--library', campaign.library]);
      await killAtRandom(campaign, scenario, running, 2000, [campaign.library]);
      const exit = await running.exited;
      const id = /urn:uuid:[0-9a-f-]{36}/u.exec(exit.stdout)?.[0];
      if (exit.code === 0 && id) campaign.acked.annotations.add(id);
      return;
    }
    case 'edit-cli': {
      // `bulletin-archive edit` (issue 14): a catalogue change through the journal's append.
      const publisher = `编辑部-${campaign.seed}-${campaign.nextNumber++}`;
      campaign.acked.publisher.since.push(publisher);
      const running = startCli(['edit', campaign.firstIssueId, '--publisher', publisher, '--library', campaign.library]);
      await killAtRandom(campaign, scenario, running, 2000, [campaign.library]);
      const exit = await running.exited;
      if (exit.code === 0) campaign.acked.publisher = { acked: publisher, since: [] };
      return;
    }
    case 'annotate-serve':
    case 'edit-serve': {
      const server = await startServe(campaign.library, campaign.renderer);
      let stopped = false;
      const writer = (async () => {
        for (let k = 0; !stopped && k < 200; k++) {
          try {
            if (scenario === 'annotate-serve') {
              const start = Math.floor(campaign.random() * 40);
              const answer = await callApi(server.url, server.token, 'annotations.highlight', {
                articleId: `${campaign.firstIssueId}-2`,
                start,
                end: start + 6,
                color: 'green',
                note: `serve-${campaign.seed}-${k}`,
              });
              if (answer.ok) campaign.acked.annotations.add((answer.data as { id: string }).id);
            } else {
              const publisher = `编辑部-${campaign.seed}-${campaign.nextNumber++}`;
              campaign.acked.publisher.since.push(publisher);
              const answer = await callApi(server.url, server.token, 'issues.update', { issueId: campaign.firstIssueId, patch: { publisher } });
              if (answer.ok) campaign.acked.publisher = { acked: publisher, since: [] };
            }
          } catch {
            return; // the server is gone: this call was never acknowledged
          }
        }
      })();
      await killAtRandom(campaign, scenario, server, 1500);
      stopped = true;
      await writer;
      return;
    }
    case 'export-cli': {
      const format = EXPORT_FORMATS[Math.floor(campaign.random() * EXPORT_FORMATS.length)]!;
      const out = path.join(campaign.work, 'export');
      await mkdir(out, { recursive: true });
      const running = startCli(['export', '--all', '--format', format, '--out', out, '--force', '--library', campaign.library]);
      await killAtRandom(campaign, scenario, running, 2500, [out]);
      await running.exited;
      return;
    }
    default: {
      const never: never = scenario;
      throw new Error(`unknown scenario ${String(never)}`);
    }
  }
}

async function checkAfterKill(campaign: Campaign, check: Check, where: string): Promise<void> {
  const again = repro(`--only kill --seed ${campaign.seed} --cycles ${campaign.cycles}`);
  const seed = String(campaign.seed);
  const found = await inspect(campaign.library);
  for (const trouble of found.troubles) check.fail({ what: `${where}: ${trouble.what}`, seed, repro: again, ...(trouble.defect && { defect: trouble.defect }) });
  const present = new Set(found.issues.map(issueKey));
  const missing = [...campaign.acked.issues].filter((ref) => !present.has(ref));
  if (missing.length > 0) {
    check.lose(missing.length);
    check.fail({ what: `${where}: acknowledged import(s) gone: ${missing.join(', ')}`, seed, repro: again });
    for (const ref of missing) campaign.acked.issues.delete(ref);
  }
  const annotations = new Set(found.annotations.map((a) => a.id));
  const lostNotes = [...campaign.acked.annotations].filter((id) => !annotations.has(id));
  if (lostNotes.length > 0) {
    check.lose(lostNotes.length);
    check.fail({ what: `${where}: ${lostNotes.length} acknowledged annotation(s) gone`, seed, repro: again });
    for (const id of lostNotes) campaign.acked.annotations.delete(id);
  }
  const { acked, since } = campaign.acked.publisher;
  if (acked !== null) {
    const shown = await cli(['show', campaign.firstIssueId, '--json', '--library', campaign.library]);
    const publisher = (JSON.parse(shown.code === 0 ? shown.stdout : '{}') as { publisher?: string | null }).publisher ?? null;
    if (publisher !== acked && !since.includes(publisher ?? '')) {
      check.lose();
      check.fail({ what: `${where}: acknowledged masthead edit gone (publisher ${JSON.stringify(publisher)}, acknowledged ${acked})`, seed, repro: again });
    }
    campaign.acked.publisher = { acked: publisher, since: [] };
  }
  await checkExportFolder(campaign, check, where, again);
}

/**
 * An export folder after a kill: the next export to it leaves no temp files (defect 11), and no
 * file under its final name is half-written.
 */
async function checkExportFolder(campaign: Campaign, check: Check, where: string, again: string): Promise<void> {
  const out = path.join(campaign.work, 'export');
  const names = await readdir(out).catch(() => [] as string[]);
  if (names.length === 0) return;
  for (const name of names.filter((n) => !n.startsWith('.'))) {
    const bytes = await readFile(path.join(out, name));
    if (!isWhole(name, bytes)) check.fail({ what: `${where}: half-written export ${name} (${bytes.length} bytes)`, seed: String(campaign.seed), repro: again });
  }
  const next = await cli(['export', '--all', '--format', 'md', '--out', out, '--force', '--library', campaign.library]);
  if (next.code !== 0) check.fail({ what: `${where}: the next export failed: ${next.stderr.split('\n')[0] ?? ''}`, seed: String(campaign.seed), repro: again });
  const temps = await tempFilesIn(out);
  if (temps.length > 0) {
    check.fail({ what: `${where}: temp files left in the export folder after the next export: ${temps.join(', ')}`, seed: String(campaign.seed), repro: again, defect: 11 });
    for (const t of temps) await rm(path.join(out, t), { force: true });
  }
}

function isWhole(name: string, bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  if (name.endsWith('.json')) {
    try {
      JSON.parse(bytes.toString('utf8'));
      return true;
    } catch {
      return false;
    }
  }
  // A ZIP (docx) ends with its end-of-central-directory record.
  if (name.endsWith('.docx')) return bytes.subarray(-22).readUInt32LE(0) === 0x06054b50;
  if (name.endsWith('.html')) return /<\/html>\s*$/iu.test(bytes.toString('utf8'));
  return true;
}

