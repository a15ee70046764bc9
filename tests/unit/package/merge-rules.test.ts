import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/annotations';
import type { Issue, IssueTexts } from '../../../shared/catalog';
import { CONFLICT_TAG, planAnnotations } from '../../../electron/core/package/merge/annotations';
import { resolveIssue } from '../../../electron/core/package/merge/fields';
import type { Side } from '../../../electron/core/package/merge/fields';
import { freeIssueId, matchHeld } from '../../../electron/core/package/merge/match';
import { libraryWithSample } from '../../helpers/temp-library';

/** One side of a merge: the sample issue with some fields changed, and when each was last edited. */
async function sides(): Promise<{ issue: Issue; texts: IssueTexts }> {
  const { library, issueId } = await libraryWithSample();
  return { issue: library.getIssue(issueId), texts: await library.getTexts(issueId) };
}

const side = (base: { issue: Issue; texts: IssueTexts }, fields: Partial<Issue>, edits: Record<string, string> = {}): Side => ({
  issue: { ...base.issue, ...fields },
  texts: base.texts,
  edits: new Map(Object.entries(edits)),
});

describe('catalogue fields: the newer edit wins, the same in either order', () => {
  it('takes a value edited on one side only, whichever side merges into which', async () => {
    const base = await sides();
    const edited = side(base, { publisher: '新编辑部' }, { publisher: '2026-03-01T09:00:00.000Z' });
    const untouched = side(base, {});
    expect(resolveIssue(untouched, edited, new Set()).issue.publisher).toBe('新编辑部');
    expect(resolveIssue(edited, untouched, new Set()).issue.publisher).toBe('新编辑部');
    expect(resolveIssue(untouched, edited, new Set()).conflicts).toEqual([
      { field: 'publisher', ours: base.issue.publisher, theirs: '新编辑部', kept: 'theirs', rule: 'newer-edit', oursAt: null, theirsAt: '2026-03-01T09:00:00.000Z' },
    ]);
  });

  it('fills an empty field without a conflict, keeps the library\'s value when neither side edited, and lets a newer clearing edit win', async () => {
    const base = await sides();
    const filled = side(base, { remarks: '有备注' });
    const empty = side(base, { remarks: null });
    const taken = resolveIssue(empty, filled, new Set());
    expect(taken.issue.remarks).toBe('有备注');
    expect(taken.fieldsTaken).toEqual(['remarks']);
    expect(taken.conflicts).toEqual([]);
    expect(resolveIssue(filled, empty, new Set())).toMatchObject({ changed: false, conflicts: [], fieldsTaken: [] });

    const other = side(base, { remarks: '另一份备注' });
    expect(resolveIssue(filled, other, new Set()).conflicts).toEqual([
      { field: 'remarks', ours: '有备注', theirs: '另一份备注', kept: 'ours', rule: 'no-history', oursAt: null, theirsAt: null },
    ]);

    const cleared = side(base, { remarks: null }, { remarks: '2026-03-01T10:00:00.000Z' });
    const older = side(base, { remarks: '旧备注' }, { remarks: '2026-03-01T09:00:00.000Z' });
    expect(resolveIssue(older, cleared, new Set()).issue.remarks).toBeNull();
    expect(resolveIssue(cleared, older, new Set()).issue.remarks).toBeNull();
  });

  it('does not take a 档号 another issue of the library holds', async () => {
    const base = await sides();
    const theirs = side(base, { reference: 'X-WS·2024-Y-0001' }, { reference: '2026-03-01T09:00:00.000Z' });
    const resolved = resolveIssue(side(base, {}), theirs, new Set(['X-WS·2024-Y-0001']));
    expect(resolved.issue.reference).toBe(base.issue.reference);
    expect(resolved.conflicts[0]).toMatchObject({ field: 'reference', kept: 'ours' });
  });
});

describe('matching and ids', () => {
  it('matches by a file in common before series, year and number, and finds a free id when the package\'s is taken', async () => {
    const { issue } = await sides();
    const renumbered = { ...issue, id: 'other000', number: 99 };
    expect(matchHeld([issue], renumbered)).toEqual({ issue, by: 'checksum' });
    const sameNumber = { ...issue, id: 'other000', original: { ...issue.original, sha256: 'f'.repeat(64) } };
    expect(matchHeld([issue], sameNumber)).toEqual({ issue, by: 'number' });
    expect(matchHeld([issue], { ...sameNumber, supplement: true })).toBeNull();
    expect(freeIssueId([issue], issue.id)).toBe(`${issue.id}-m2`);
    expect(freeIssueId([issue], 'abcd1234')).toBe('abcd1234');
  });
});

describe('annotations by id', () => {
  const note = (id: string, value: string, created: string, modified: string): Annotation => ({
    id,
    type: 'Annotation',
    motivation: 'commenting',
    created,
    modified,
    body: [{ type: 'TextualBody', purpose: 'commenting', value }],
    target: { source: 'urn:bulletin-archive:article:abcd1234-2', place: { series: '科技情报参考', year: 2024, number: 3, article: 2, title: null } },
  });
  const ID = 'urn:uuid:00000000-0000-4000-8000-000000000001';
  const T0 = '2026-03-01T09:00:00.000Z';

  it('takes a change made on one side only, and keeps both versions of one changed on both, the older tagged 合并冲突', () => {
    const original = note(ID, '原批注', T0, T0);
    const changed = note(ID, '改过', T0, '2026-03-01T10:00:00.000Z');
    expect(planAnnotations([original], [changed]).counts).toEqual({ added: 0, updated: 1, unchanged: 0, conflicted: 0 });
    expect(planAnnotations([changed], [original]).counts).toEqual({ added: 0, updated: 0, unchanged: 1, conflicted: 0 });

    const ours = note(ID, '我们改的', T0, '2026-03-01T10:00:00.000Z');
    const theirs = note(ID, '他们改的', T0, '2026-03-01T11:00:00.000Z');
    const plan = planAnnotations([ours], [theirs]);
    expect(plan.counts.conflicted).toBe(1);
    const puts = plan.ops.flatMap((op) => (op.op === 'put' ? [op.annotation] : []));
    expect(puts.find((a) => a.id === ID)?.body[0]?.value).toBe('他们改的');
    const copy = puts.find((a) => a.id !== ID);
    expect(copy?.body.map((b) => b.value)).toEqual(['我们改的', CONFLICT_TAG]);
    // The other order keeps the same two versions under the same ids.
    const reverse = planAnnotations([theirs], [ours]).ops.flatMap((op) => (op.op === 'put' ? [op.annotation] : []));
    expect(reverse).toEqual([copy]);
    // A second merge adds nothing.
    expect(planAnnotations([...puts], [ours]).ops).toEqual([]);
  });
});
