import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../shared/annotations';
import type { IssueTexts } from '../../../shared/catalog';
import { AnnotationStore, findOccurrence } from '../../../electron/core/annotations';
import { openLibrary } from '../../../electron/core/library';
import type { Library } from '../../../electron/core/library';
import { libraryWithSample, sampleBytes } from '../../helpers/temp-library';

const QUOTE = '一是深化金融赋能';

async function highlightQuote(library: Library, articleId: string, quote: string, note: string | null = null) {
  const store = new AnnotationStore(library);
  const text = articleText((await library.getArticle(articleId)).sections);
  const range = findOccurrence(text, quote, 1);
  if (!range) throw new Error(`${quote} not in ${articleId}`);
  return store.highlight({ articleId, ...range, color: 'green', note });
}

/** Rewrites one article's paragraphs in texts/<issue>.json, as a corrected re-import would. */
async function editText(library: Library, issueId: string, articleId: string, edit: (paragraph: string) => string): Promise<void> {
  const file = path.join(library.dir, 'texts', `${issueId}.json`);
  const texts = JSON.parse(await fs.readFile(file, 'utf8')) as IssueTexts;
  for (const article of texts.articles) {
    if (article.id !== articleId) continue;
    for (const section of article.sections) section.paragraphs = section.paragraphs.map(edit);
  }
  await fs.writeFile(file, JSON.stringify(texts));
}

describe('annotations in a real library', () => {
  it('keeps a highlight with its note in annotations.json, in text order beside the article', async () => {
    const { library, issueId } = await libraryWithSample();
    const articleId = `${issueId}-4`;
    const store = new AnnotationStore(library);
    await highlightQuote(library, articleId, '二是');
    const first = await highlightQuote(library, articleId, QUOTE, '周会上提一下');
    const reopened = new AnnotationStore(await openLibrary(library.dir));
    const view = await reopened.forArticle(articleId);
    expect(view.highlights.map((h) => h.quote)).toEqual([QUOTE, '二是']);
    expect(view.highlights[0]).toMatchObject({ id: first.id, note: '周会上提一下', color: 'green', anchor: { status: 'anchored' } });
    const saved = JSON.parse(await fs.readFile(path.join(library.dir, 'annotations.json'), 'utf8'));
    expect(saved.annotations).toHaveLength(2);
    expect(saved.annotations[1].target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: QUOTE });
    expect((await fs.readdir(path.join(library.dir, 'backups'))).some((f) => f.startsWith('annotations-'))).toBe(true);
    expect(await store.update(first.id, { note: '  ' })).toMatchObject({ body: [] });
  });

  it('re-anchors a highlight when the text around it changes, and saves where it is now', async () => {
    const { library, issueId } = await libraryWithSample();
    const articleId = `${issueId}-4`;
    const highlight = await highlightQuote(library, articleId, QUOTE);
    const before = highlight.target.selector![1].start;
    await editText(library, issueId, articleId, (p) => (p.includes(QUOTE) ? `（更正）此前一段有误。${p}` : p));
    const view = await new AnnotationStore(library).forArticle(articleId);
    const [shown] = view.highlights;
    expect(shown?.anchor.status).toBe('anchored');
    const text = articleText((await library.getArticle(articleId)).sections);
    if (shown?.anchor.status !== 'anchored') throw new Error('not anchored');
    expect(text.slice(shown.anchor.start, shown.anchor.end)).toBe(QUOTE);
    const stored = library.annotations.annotations.find((a) => a.id === highlight.id)!;
    expect(stored.target.selector![1].start).toBe(before + '（更正）此前一段有误。'.length);
    expect(stored.orphaned).toBeUndefined();
  });

  it('keeps a highlight whose text was removed, flagged orphaned, and anchors it again when the text comes back', async () => {
    const { library, issueId } = await libraryWithSample();
    const articleId = `${issueId}-4`;
    const highlight = await highlightQuote(library, articleId, QUOTE, '要核实');
    const original = await fs.readFile(path.join(library.dir, 'texts', `${issueId}.json`), 'utf8');
    await editText(library, issueId, articleId, (p) => p.replace(/一是深化金融赋能[^。]*。/, ''));
    const store = new AnnotationStore(library);
    const view = await store.forArticle(articleId);
    expect(view.highlights).toHaveLength(1);
    expect(view.highlights[0]).toMatchObject({ id: highlight.id, quote: QUOTE, note: '要核实', anchor: { status: 'orphaned' } });
    expect(library.annotations.annotations.find((a) => a.id === highlight.id)?.orphaned).toBe(true);
    const { rows } = await store.list({});
    expect(rows).toEqual([expect.objectContaining({ id: highlight.id, orphaned: true, quote: QUOTE })]);

    await fs.writeFile(path.join(library.dir, 'texts', `${issueId}.json`), original);
    expect((await store.forArticle(articleId)).highlights[0]?.anchor.status).toBe('anchored');
    expect(library.annotations.annotations.find((a) => a.id === highlight.id)?.orphaned).toBeUndefined();
  });

  it('finds its article again after the issue is deleted and imported from a corrected file', async () => {
    const { library, issueId } = await libraryWithSample();
    const highlight = await highlightQuote(library, `${issueId}-4`, QUOTE);
    const store = new AnnotationStore(library);
    await store.addTag(`${issueId}-4`, '金融');
    await library.deleteIssue(issueId);
    const corrected = Buffer.from(sampleBytes().toString('utf8').replace('科技成果转化“最后一公里”', '科技成果转化“最后一公里” '));
    const outcome = await library.importBulletin({ name: 'kjqbck-2024-03-corrected.txt', bytes: corrected });
    if (outcome.status !== 'imported') throw new Error(outcome.message);
    expect(outcome.issueId).not.toBe(issueId);
    const view = await store.forArticle(`${outcome.issueId}-4`);
    expect(view.highlights.map((h) => [h.id, h.anchor.status])).toEqual([[highlight.id, 'anchored']]);
    expect(view.tags).toEqual(['金融']);
    expect(library.annotations.annotations.find((a) => a.id === highlight.id)?.target.source).toBe(
      `urn:bulletin-archive:article:${outcome.issueId}-4`,
    );
  });

  it('tags articles, suggests tags by use, renames a tag everywhere and merges into an existing one', async () => {
    const { library, issueId } = await libraryWithSample();
    const store = new AnnotationStore(library);
    expect(await store.addTag(`${issueId}-1`, ' 科技  平台 ')).toEqual(['科技 平台']);
    await store.addTag(`${issueId}-2`, '科技 平台');
    await store.addTag(`${issueId}-2`, '科技 平台');
    await store.addTag(`${issueId}-2`, '特派员');
    await store.highlightQuote('科技情报参考:2024:3:4', QUOTE, 1, { color: 'blue', tags: ['特派员'] });
    expect(store.tags()).toEqual([
      { tag: '科技 平台', count: 2 },
      { tag: '特派员', count: 2 },
    ]);
    expect(await store.renameTag('特派员', '科技 平台')).toBe(2);
    expect(store.tags()).toEqual([{ tag: '科技 平台', count: 3 }]);
    expect((await store.forArticle(`${issueId}-2`)).tags).toEqual(['科技 平台']);
    const { rows } = await store.list({ tag: '科技 平台' });
    expect(rows).toHaveLength(1);
    expect(await store.removeTag(`${issueId}-1`, '科技 平台')).toEqual([]);
  });

  it('bookmarks issues and articles', async () => {
    const { library, issueId } = await libraryWithSample();
    const store = new AnnotationStore(library);
    await store.setBookmark({ kind: 'issue', issueId }, true);
    await store.setBookmark({ kind: 'article', articleId: `${issueId}-3` }, true);
    await store.setBookmark({ kind: 'article', articleId: `${issueId}-3` }, true);
    expect(store.bookmarks().map((b) => [b.kind, b.place.article])).toEqual(
      expect.arrayContaining([
        ['issue', null],
        ['article', 3],
      ]),
    );
    expect(store.bookmarks()).toHaveLength(2);
    expect((await store.forArticle(`${issueId}-3`)).bookmarked).toBe(true);
    await store.setBookmark({ kind: 'issue', issueId }, false);
    expect(store.isBookmarked({ kind: 'issue', issueId })).toBe(false);
  });

  it('deletes and restores an annotation exactly (undo)', async () => {
    const { library, issueId } = await libraryWithSample();
    const store = new AnnotationStore(library);
    const highlight = await highlightQuote(library, `${issueId}-4`, QUOTE, '原样恢复');
    const removed = await store.remove(highlight.id);
    expect((await store.forArticle(`${issueId}-4`)).highlights).toEqual([]);
    await store.restore(removed);
    expect(library.annotations.annotations).toEqual([highlight]);
    await expect(store.restore(removed)).rejects.toThrow(/already/);
  });

  it('filters the list by colour, series, day and words', async () => {
    const { library, issueId } = await libraryWithSample();
    const store = new AnnotationStore(library);
    await store.highlightQuote('科技情报参考:2024:3:4', QUOTE, 1, { color: 'blue', note: '融资渠道' });
    await store.highlightQuote('科技情报参考:2024:3:1', '内蒙古', 1, { color: 'pink' });
    await store.addArticleNote(`${issueId}-2`, '整篇可作为案例');
    const count = async (filters: Parameters<AnnotationStore['list']>[0]) => (await store.list(filters)).total;
    expect(await count({})).toBe(3);
    expect(await count({ color: 'blue' })).toBe(1);
    expect(await count({ series: '科技情报参考' })).toBe(3);
    expect(await count({ series: '别的刊物' })).toBe(0);
    expect(await count({ text: '融资' })).toBe(1);
    expect(await count({ text: '案例' })).toBe(1);
    const today = new Date().toISOString().slice(0, 10);
    expect(await count({ from: today, to: today })).toBe(3);
    expect(await count({ to: '2000-01-01' })).toBe(0);
  });

  it('refuses a selection outside the text and a quote that is not there, saying what to do', async () => {
    const { library, issueId } = await libraryWithSample();
    const store = new AnnotationStore(library);
    await expect(store.highlight({ articleId: `${issueId}-4`, start: 5, end: 5_000_000, color: 'yellow' })).rejects.toThrow(
      /Select a passage/,
    );
    await expect(store.highlightQuote('科技情报参考:2024:3:4', '不存在的句子', 1, { color: 'yellow' })).rejects.toThrow(/does not occur/);
    await expect(store.highlightQuote('科技情报参考:2024:3:4', QUOTE, 3, { color: 'yellow' })).rejects.toThrow(/occurs 1 time/);
    await expect(store.highlightQuote('科技情报参考:2024:3:9', QUOTE, 1, { color: 'yellow' })).rejects.toThrow(/No article/);
    expect(library.annotations.annotations).toEqual([]);
  });
});
