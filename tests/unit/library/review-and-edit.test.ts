import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportDrafts, openLibrary, verifyLibrary } from '../../../electron/core/library';
import { sampleBytes, snapshot, tempDir } from '../../helpers/temp-library';

describe('reviewing an import before saving', () => {
  it('changes nothing until saved, then saves the corrected masthead and articles', async () => {
    const dir = tempDir();
    const library = await openLibrary(dir, { create: true });
    const drafts = new ImportDrafts(library);
    const before = await snapshot(dir);
    const draft = await drafts.open({ name: 'kjqbck.txt', bytes: sampleBytes() });
    expect(draft.parsed.articles).toHaveLength(6);
    expect(draft.sourceText).toContain('科技情报参考');
    expect(await snapshot(dir)).toEqual(before);

    const corrected = structuredClone(draft.parsed);
    corrected.number = 4;
    corrected.articles[0]!.title = '内蒙古：高能级创新平台助力科技突围';
    corrected.articles.splice(4, 2, { ...corrected.articles[4]!, sections: [...corrected.articles[4]!.sections, ...corrected.articles[5]!.sections] });
    const outcome = await drafts.commit(draft.draftId, corrected);
    expect(outcome.status).toBe('imported');
    const issue = library.findIssue('科技情报参考:2024:4');
    expect(issue.needsReview).toBe(false);
    expect(issue.articles.map((a) => a.title)[0]).toBe('内蒙古：高能级创新平台助力科技突围');
    expect(issue.articles).toHaveLength(5);
    const merged = await library.getArticle(issue.articles[4]!.id);
    expect(merged.sections.flatMap((s) => s.paragraphs).join('')).toContain('推动科技成果转化需求侧市场化配置');
    await expect(drafts.commit(draft.draftId, corrected)).rejects.toThrow(/expired or was already saved/);
  });

  it('refuses an incomplete correction and keeps the draft', async () => {
    const library = await openLibrary(tempDir(), { create: true });
    const drafts = new ImportDrafts(library);
    const draft = await drafts.open({ name: 'kjqbck.txt', bytes: sampleBytes() });
    const outcome = await drafts.commit(draft.draftId, { ...draft.parsed, series: '  ' });
    expect(outcome).toMatchObject({ status: 'failed', code: 'bad-input' });
    expect(library.listIssues()).toEqual([]);
    expect((await drafts.commit(draft.draftId, draft.parsed)).status).toBe('imported');
  });
});

describe('correcting and deleting issues', () => {
  it('corrects the masthead, refusing a clash with another issue', async () => {
    const library = await openLibrary(tempDir(), { create: true });
    await library.importBulletin({ name: 'no3.txt', bytes: sampleBytes() });
    const no5 = Buffer.from(sampleBytes().toString('utf8').replace('2024 年第 3 期', '2024 年第 5 期'));
    await library.importBulletin({ name: 'no5.txt', bytes: no5 });
    const issue = library.findIssue('科技情报参考:2024:5');
    const updated = await library.updateIssue(issue.id, { number: 6, editor: '李涛', needsReview: false });
    expect(updated).toMatchObject({ number: 6, editor: '李涛' });
    expect(library.findIssue('科技情报参考:2024:6').id).toBe(issue.id);
    await expect(library.updateIssue(issue.id, { number: 3 })).rejects.toThrow(/already in the library/);
    const reopened = await openLibrary(library.dir);
    expect(reopened.getIssue(issue.id).number).toBe(6);
  });

  it('deletes an issue into the recycle area (texts moved there, the original kept for a restore), leaving a library that verifies', async () => {
    const dir = tempDir();
    const library = await openLibrary(dir, { create: true });
    const outcome = await library.importBulletin({ name: 'no3.txt', bytes: sampleBytes() });
    if (outcome.status !== 'imported') throw new Error(outcome.message);
    await library.deleteIssue(outcome.issueId);
    expect(library.listIssues()).toEqual([]);
    expect(await fs.readdir(path.join(dir, 'texts'))).toEqual([]);
    // Issue 14: the original stays (content-addressed), so the recycled issue can come back whole.
    expect(await fs.readdir(path.join(dir, 'files'))).toHaveLength(1);
    expect(await fs.readdir(path.join(dir, 'recycle'))).toEqual([`${outcome.issueId}.json`]);
    expect((await verifyLibrary(library)).problems).toEqual([]);
    expect((await library.importBulletin({ name: 'no3.txt', bytes: sampleBytes() })).status).toBe('imported');
  });

  it('flags an issue the parser had doubts about when it was imported without review', async () => {
    const library = await openLibrary(tempDir(), { create: true });
    const doubtful = sampleBytes().toString('utf8').replace('★ 武汉出台促进科技成果转化 20 条新政10', '★ 武汉出台促进科技成果转化 20 条新政10\n - ★ 一篇正文里没有的文章11');
    const outcome = await library.importBulletin({ name: 'doubtful.txt', bytes: Buffer.from(doubtful) });
    expect(outcome.status).toBe('imported');
    const [summary] = library.listIssues();
    expect(summary!.needsReview).toBe(true);
    expect(library.getIssue(summary!.id).warnings.length).toBeGreaterThan(0);
  });
});
