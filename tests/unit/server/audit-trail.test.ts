import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArchive } from '../../../electron/core/api/archive';
import type { Archive } from '../../../electron/core/api/archive';
import { AuditTrail, auditCsv } from '../../../electron/core/people';
import type { Library } from '../../../electron/core/library';
import { roomLibrary } from './room-helpers';

let library: Library;
let issueId = '';
let cleanup: () => Promise<void>;
let archive: Archive;

beforeAll(async () => {
  ({ library, issueId, cleanup } = await roomLibrary());
  archive = createArchive(library, { log: { error: () => undefined } });
});

afterAll(async () => {
  await archive.close();
  await cleanup();
});

describe('the audit trail', () => {
  it("records the desktop keeper's changes as (desktop) from local, and not reading or refused calls", async () => {
    expect(await archive.dispatch('issues.list', {})).toMatchObject({ ok: true });
    expect(await archive.dispatch('issues.update', { issueId: 'no-such-issue', patch: { remarks: 'x' } })).toMatchObject({ ok: false });
    expect(await archive.dispatch('issues.update', { issueId, patch: { remarks: '桌面改过' } })).toMatchObject({ ok: true });
    const entries = await new AuditTrail(library.dir).all();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ who: '(desktop)', action: 'catalogue-change', address: 'local', method: 'issues.update' });
    expect(entries[0]?.what).toContain(issueId);
  });

  it('appends only: each entry is one synced line after the ones before, and a torn line is skipped', async () => {
    const file = join(library.dir, 'audit.jsonl');
    const before = readFileSync(file, 'utf8');
    appendFileSync(file, '{"at":"2026-');
    await archive.dispatch('issues.delete', { issueId });
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    const entries = await new AuditTrail(library.dir).all();
    expect(entries.map((e) => e.action)).toEqual(['catalogue-change', 'delete']);
  });

  it('lists newest first with filters, and exports CSV that Excel opens in Chinese without running formulas', async () => {
    const trail = new AuditTrail(library.dir);
    await trail.record({ who: '=cmd()', action: 'login-failed', what: '名称, "引号"', address: '10.0.0.9', at: '2026-01-02T08:00:00.000Z' });
    const listed = await trail.list({ action: 'login-failed' });
    expect(listed.total).toBe(1);
    expect((await trail.list({ to: '2026-01-02' })).entries.map((e) => e.who)).toEqual(['=cmd()']);
    expect((await trail.list({ from: '2026-01-03' })).entries.map((e) => e.action)).toEqual(['delete', 'catalogue-change']);
    const csv = auditCsv(listed.entries);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`'=cmd(),login-failed,"名称, ""引号""",10.0.0.9`);
    const exported = await archive.dispatch('audit.export', { format: 'jsonl', action: 'delete' });
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const data = exported.data as { name: string; dataBase64: string };
    expect(data.name).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const lines = Buffer.from(data.dataBase64, 'base64').toString('utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).action)).toEqual(['delete']);
  });
});
