import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createArchive } from '../../../electron/core/api/archive';
import { ChromiumPdfEngine } from '../../../electron/core/export';
import { libraryWithSample } from '../../helpers/temp-library';

/** What this process holds: libuv handles by kind, open file descriptors, live child processes. */
function held(): { resources: string[]; fds: number; children: number[]; exitListeners: number } {
  return {
    // Timers and one-off file requests come and go with the runner; handles are what could leak.
    resources: process.getActiveResourcesInfo().filter((r) => r !== 'Timeout' && r !== 'Immediate' && !/Req/.test(r)).sort(),
    fds: readdirSync('/proc/self/fd').length,
    children: childPids(),
    exitListeners: process.listenerCount('exit'),
  };
}

function childPids(): number[] {
  return readdirSync('/proc/self/task')
    .flatMap((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/))
    .filter((pid) => pid !== '')
    .map(Number)
    .sort();
}

// /proc is how the test sees descriptors and children; Chromium is what it launches.
const canSee = existsSync('/proc/self/task') && ChromiumPdfEngine.available();

describe.skipIf(!canSee)('closing the archive', () => {
  it('releases the index files, the Chromium it launched and the export spool', async () => {
    const { library, issueId } = await libraryWithSample();
    const before = held();

    const archive = createArchive(library, { log: { error: () => undefined }, warmUpSearch: true });
    const search = await archive.dispatch('search.query', { query: '科技成果转化' });
    expect(search.ok && (search.data as { total: number }).total).toBeGreaterThan(0);
    // The print view measures its pages in Chromium: a browser process is launched and kept.
    const view = await archive.dispatch('print.document', { target: { kind: 'issue', issueId }, options: {} });
    expect(view.ok && (view.data as { notice: string | null }).notice).toBeNull();
    const spooled = await archive.dispatch('export.prepare', { target: { kind: 'issue', issueId }, format: 'md', options: {} });
    expect(spooled.ok).toBe(true);

    const open = held();
    expect(open.children.length).toBeGreaterThan(before.children.length);
    expect(open.fds).toBeGreaterThan(before.fds);

    await archive.close();
    // Nothing more than before: something an earlier test file left may end meanwhile, never start.
    const after = held();
    expect(after.children.filter((pid) => !before.children.includes(pid))).toEqual([]);
    expect(after.fds).toBeLessThanOrEqual(before.fds);
    expect(after.exitListeners).toBeLessThanOrEqual(before.exitListeners);
    for (const kind of new Set(after.resources)) {
      expect(after.resources.filter((r) => r === kind).length, kind).toBeLessThanOrEqual(before.resources.filter((r) => r === kind).length);
    }
    // A closed archive answers, but does no more work.
    expect(await archive.dispatch('issues.list', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  }, 60_000);
});
