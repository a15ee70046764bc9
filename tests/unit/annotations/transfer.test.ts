import { describe, expect, it } from 'vitest';
import { AnnotationStore, exportAnnotations, importAnnotations } from '../../../electron/core/annotations';
import { openLibrary } from '../../../electron/core/library';
import { libraryWithSample, sampleBytes, tempDir } from '../../helpers/temp-library';

async function annotatedLibrary() {
  const { library, issueId } = await libraryWithSample();
  const store = new AnnotationStore(library);
  await store.highlightQuote('科技情报参考:2024:3:4', '一是深化金融赋能', 1, { color: 'blue', note: '第一行\n\n第二段：要在周会上讨论' });
  await store.highlightQuote('科技情报参考:2024:3:4', '南京', 2, { color: 'pink', tags: ['南京'] });
  await store.highlightQuote('科技情报参考:2024:3:1', '内蒙古', 1, { color: 'yellow' });
  await store.addArticleNote(`${issueId}-4`, '整篇可作为案例');
  await store.addTag(`${issueId}-4`, '成果转化');
  await store.setBookmark({ kind: 'issue', issueId }, true);
  await store.setBookmark({ kind: 'article', articleId: `${issueId}-1` }, true);
  return { library, issueId, store };
}

describe('exporting and importing annotations', () => {
  it('re-imports its JSON-LD into a fresh library with every annotation in place', async () => {
    const { library, issueId, store } = await annotatedLibrary();
    const exported = await exportAnnotations(store, { kind: 'all' }, 'jsonld', 'zh');
    expect(exported.count).toBe(7);
    const json = JSON.parse(exported.content);
    expect(json.type).toBe('AnnotationCollection');
    expect(json['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.first.items[0].target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);

    const fresh = await openLibrary(tempDir(), { create: true });
    await fresh.importBulletin({ name: 'copy.txt', bytes: sampleBytes() });
    const freshStore = new AnnotationStore(fresh);
    expect(await importAnnotations(fresh, freshStore, exported.content)).toEqual({ added: 7, updated: 0, unchanged: 0, problems: [] });
    expect(fresh.annotations.annotations).toEqual(library.annotations.annotations);
    const before = await store.forArticle(`${issueId}-4`);
    const after = await freshStore.forArticle(`${issueId}-4`);
    expect(after).toEqual(before);
    expect(after.highlights.every((h) => h.anchor.status === 'anchored')).toBe(true);
    expect(freshStore.bookmarks()).toHaveLength(2);

    // Importing again changes nothing.
    expect(await importAnnotations(fresh, freshStore, exported.content)).toMatchObject({ added: 0, unchanged: 7 });
  });

  it('exports one article or one issue only', async () => {
    const { issueId, store } = await annotatedLibrary();
    expect((await exportAnnotations(store, { kind: 'article', articleId: `${issueId}-1` }, 'jsonld', 'en')).count).toBe(2);
    expect((await exportAnnotations(store, { kind: 'issue', issueId }, 'jsonld', 'en')).count).toBe(7);
  });

  it('writes Markdown a person can read: issue, article, quote, note, in text order', async () => {
    const { issueId, store } = await annotatedLibrary();
    const { content, fileName } = await exportAnnotations(store, { kind: 'issue', issueId }, 'md', 'zh', new Date('2024-05-01T08:00:00Z'));
    expect(fileName).toBe('批注-科技情报参考-2024-3.md');
    const lines = content.split('\n');
    expect(lines[0]).toBe('# 批注：科技情报参考 2024 年第 3 期');
    expect(content).toContain('## 科技情报参考 2024 年第 3 期\n\n★ 已收藏本期');
    expect(content).toContain('### 第 1 篇　内蒙古：高能级创新平台助力科技“突围”\n\n★ 已收藏');
    expect(content).toContain('### 第 4 篇　南京持续强化四链融合打通科技成果转化“最后一公里”\n\n标签：成果转化');
    expect(content).toContain('> 一是深化金融赋能\n\n— 蓝色标注');
    expect(content).toContain('批注：第一行\n\n第二段：要在周会上讨论');
    expect(content).toContain('**文章批注**');
    expect(content.indexOf('第 1 篇')).toBeLessThan(content.indexOf('第 4 篇'));
    expect(content.indexOf('> 一是深化金融赋能')).toBeLessThan(content.indexOf('> 南京'));
    expect(content).not.toMatch(/\n{3,}/);
  });

  it('reports items it cannot keep and refuses files that are not annotations', async () => {
    const { library } = await libraryWithSample();
    const store = new AnnotationStore(library);
    await expect(importAnnotations(library, store, 'not json', 'x.jsonld')).rejects.toThrow(/x.jsonld is not JSON/);
    await expect(importAnnotations(library, store, '{"type":"Thing"}', 'x.jsonld')).rejects.toThrow(/no Web Annotations/);
    await expect(importAnnotations(library, store, '[{"type":"Annotation","id":"x"}]', 'x.jsonld')).rejects.toThrow(
      /no annotation that can be imported/,
    );
    expect(library.annotations.annotations).toEqual([]);
  });
});
