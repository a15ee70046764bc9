import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openLibrary } from '../../electron/core/library';
import { startServer } from '../../electron/server';
import { cli } from '../helpers/cli';
import { bulletinVariant, writeBulletins } from './bulletins';
import { callApi, startCli, stubRenderer, uploadFile } from './children';
import { firstLine, inspect, issueKey } from './library-state';
import { Check, repro } from './report';
import type { CheckResult } from './report';

/**
 * Concurrency (issue 20): 100 saves at once through one browser-mode server (the archive
 * in-process, behind its real HTTP server), and two command-line processes importing the same
 * folder at once. Nothing acknowledged may be lost, nothing imported twice.
 */

const SAVES = 100;

export async function runConcurrency(options: { short: boolean; seed: number; rounds: number }): Promise<CheckResult[]> {
  const saves = new Check('concurrency', `${SAVES} saves through one server`);
  const imports = new Check('concurrency', 'two processes import one folder');
  const large = new Check('concurrency', 'large file through the server');
  const root = await mkdtemp(path.join(os.tmpdir(), 'reliability-concurrency-'));
  try {
    const renderer = await stubRenderer(path.join(root, 'renderer'));
    for (let round = 0; round < options.rounds; round++) {
      await simultaneousSaves(saves, path.join(root, `saves-${round}`), renderer, round);
      await twoImporters(imports, path.join(root, `imports-${round}`), round);
    }
    await largeFile(large, path.join(root, 'large'), renderer);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return [saves.result, imports.result, large.result];
}

async function simultaneousSaves(check: Check, dir: string, renderer: string, round: number): Promise<void> {
  const library = path.join(dir, 'library');
  const [file] = await writeBulletins(path.join(dir, 'in'), [bulletinVariant(2060, round + 1)]);
  await cli(['import', '--library', library, file!]);
  const issueId = (JSON.parse((await cli(['list', '--json', '--library', library])).stdout) as { id: string }[])[0]!.id;
  const open = await openLibrary(library);
  const server = await startServer({ library: open, rendererDir: renderer, log: { error: () => undefined } });
  const acked = new Set<string>();
  const refusals = new Map<string, number>();
  try {
    const answers = await Promise.all(
      Array.from({ length: SAVES }, (_, k) =>
        callApi(server.url, server.token, 'annotations.highlight', { articleId: `${issueId}-1`, start: k % 50, end: (k % 50) + 4, color: 'blue', note: `同时保存 ${k}` }).catch(
          (error: unknown) => ({ ok: false as const, error: { code: 'transport', message: String(error) } }),
        ),
      ),
    );
    for (const answer of answers) {
      check.try();
      if (answer.ok) acked.add((answer.data as { id: string }).id);
      else refusals.set(answer.error.code, (refusals.get(answer.error.code) ?? 0) + 1);
    }
  } finally {
    await server.close();
    await open.close();
  }
  const again = repro(`--only concurrency --cycles 1`);
  for (const [code, count] of refusals) {
    check.fail({ what: `round ${round + 1}: ${count} of ${SAVES} simultaneous highlights refused with "${code}"`, seed: String(round), repro: again, ...(code === 'library-locked' && { defect: 6 as const }) });
  }
  const found = await inspect(library);
  for (const trouble of found.troubles) check.fail({ what: `round ${round + 1}: ${trouble.what}`, seed: String(round), repro: again, ...(trouble.defect && { defect: trouble.defect }) });
  const present = new Set(found.annotations.map((a) => a.id));
  const gone = [...acked].filter((id) => !present.has(id)).length;
  if (gone > 0) {
    check.lose(gone);
    check.fail({ what: `round ${round + 1}: ${gone} acknowledged highlights gone`, seed: String(round), repro: again });
  }
  if (found.annotations.length > acked.size + SAVES) check.fail({ what: `round ${round + 1}: more highlights than were saved`, seed: String(round), repro: again });
}

async function twoImporters(check: Check, dir: string, round: number): Promise<void> {
  const library = path.join(dir, 'library');
  const files = Array.from({ length: 6 }, (_, i) => bulletinVariant(2070 + round, i + 1, 50 * i));
  const folder = path.join(dir, 'folder');
  await writeBulletins(folder, files);
  await cli(['import', '--library', library, ...(await writeBulletins(path.join(dir, 'first'), [bulletinVariant(1970, round + 1)]))]);
  check.try();
  const [a, b] = await Promise.all([startCli(['import', '--library', library, folder]).exited, startCli(['import', '--library', library, folder]).exited]);
  const busy = [a, b].filter((exit) => /is busy: /u.test(exit.stdout + exit.stderr)).length;
  if (busy > 0) check.figure('busy refusals', busy);
  const again = repro(`--only concurrency --cycles 1`);
  for (const exit of [a, b]) {
    if (exit.signal !== null || (exit.code !== 0 && exit.code !== 1)) check.fail({ what: `round ${round + 1}: an importer ended with ${exit.code ?? exit.signal}: ${firstLine(exit.stderr)}`, seed: String(round), repro: again });
  }
  const found = await inspect(library);
  for (const trouble of found.troubles) check.fail({ what: `round ${round + 1}: ${trouble.what}`, seed: String(round), repro: again, ...(trouble.defect && { defect: trouble.defect }) });
  const keys = found.issues.map(issueKey);
  const missing = files.filter((f) => !keys.includes(f.ref));
  const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
  if (missing.length > 0) {
    check.lose(missing.length);
    check.fail({ what: `round ${round + 1}: ${missing.length} file(s) of the folder imported by neither process: ${missing.map((f) => f.name).join(', ')}`, seed: String(round), repro: again });
  }
  if (twice.length > 0) check.fail({ what: `round ${round + 1}: imported twice: ${twice.join(', ')}`, seed: String(round), repro: again });
}

/**
 * Defect 1: a 3.6 MB bulletin through the app's transport. The command line imports it; so must
 * the server. (If the transport's upload contract changes, this check changes with it.)
 */
async function largeFile(check: Check, dir: string, renderer: string): Promise<void> {
  const library = path.join(dir, 'library');
  const open = await openLibrary(library, { create: true });
  const server = await startServer({ library: open, rendererDir: renderer, log: { error: () => undefined } });
  const file = bulletinVariant(2090, 1, 35_000);
  check.try();
  try {
    // Streamed to the upload endpoint first, then imported by its id, as the app sends files.
    const received = await uploadFile(server.url, server.token, file.bytes);
    const upload = received.ok ? (received.data as { upload: string }).upload : null;
    const answer = upload === null ? received : await callApi(server.url, server.token, 'import.bulletins', { files: [{ name: file.name, upload }] });
    const outcome = answer.ok ? (answer.data as { status: string; message: string }[])[0] : undefined;
    if (!answer.ok || outcome?.status !== 'imported') {
      const message = answer.ok ? (outcome?.message ?? 'no outcome') : `${answer.error.code}: ${answer.error.message}`;
      check.fail({ what: `a ${(file.bytes.length / 2 ** 20).toFixed(1)} MB bulletin is not imported through the server: ${message.slice(0, 200)}`, seed: 'large', repro: repro('--only concurrency --cycles 1'), defect: 1 });
    }
  } finally {
    await server.close();
    await open.close();
  }
}
