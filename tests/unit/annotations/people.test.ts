import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../shared/annotations';
import type { Annotation } from '../../../shared/annotations';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/contract';
import type { Caller, Role } from '../../../shared/people';
import { findOccurrence, parseJsonLd } from '../../../electron/core/annotations';
import { openLibrary } from '../../../electron/core/library';
import type { Library } from '../../../electron/core/library';
import { archiveCaller } from '../../helpers/archive-call';
import { libraryWithSample } from '../../helpers/temp-library';

/** Issue 18: each reading-room account's annotations are its own; notes can be shared; the desktop is as it was. */
const person = (name: string, role: Role = 'reader'): Caller => ({ kind: 'account', name, role, address: '192.0.2.7' });
const LI = person('li.tao');
const WANG = person('wang');

function callerAs(library: Library) {
  const { dispatch, close } = archiveCaller(library);
  const as =
    (caller?: Caller) =>
    async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
      const result = await dispatch(method, input, caller);
      if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code, said: result.error.said });
      return result.data as ApiOutput<M>;
    };
  return { as, close };
}

async function rangeOf(library: Library, articleId: string, quote: string) {
  const range = findOccurrence(articleText((await library.getArticle(articleId)).sections), quote, 1);
  if (!range) throw new Error(`${quote} not in ${articleId}`);
  return range;
}

describe('annotations per person in the reading room', () => {
  it("keeps two accounts' highlights, tags and stars apart, and the desktop sees them all", async () => {
    const { library, issueId } = await libraryWithSample();
    const articleId = `${issueId}-4`;
    const { as, close } = callerAs(library);
    const li = as(LI);
    const wang = as(WANG);
    const desk = as();
    await li('annotations.highlight', { articleId, ...(await rangeOf(library, articleId, '一是深化金融赋能')), color: 'green' });
    await wang('annotations.highlight', { articleId, ...(await rangeOf(library, articleId, '二是')), color: 'pink', note: '我的' });
    await li('tags.add', { articleId, tag: '金融' });
    await li('bookmarks.set', { target: { kind: 'article', articleId }, on: true });

    const seenByLi = await li('annotations.forArticle', { articleId });
    expect(seenByLi.highlights.map((h) => h.quote)).toEqual(['一是深化金融赋能']);
    expect(seenByLi.highlights[0]?.author).toBeUndefined();
    expect(seenByLi).toMatchObject({ tags: ['金融'], bookmarked: true });
    const seenByWang = await wang('annotations.forArticle', { articleId });
    expect(seenByWang.highlights.map((h) => h.quote)).toEqual(['二是']);
    expect(seenByWang).toMatchObject({ tags: [], bookmarked: false });
    expect((await wang('annotations.list', { filters: {} })).rows.map((r) => r.quote)).toEqual(['二是']);
    expect(await wang('tags.list', {})).toEqual([]);
    expect(await wang('bookmarks.list', {})).toEqual([]);
    expect((await wang('annotations.list', { filters: { text: '金融' } })).total).toBe(0);

    // The desktop keeper sees every highlight, each marked with its author; its own star and tags are its own.
    const atDesk = await desk('annotations.forArticle', { articleId });
    expect(atDesk.highlights.map((h) => [h.quote, h.author])).toEqual([
      ['一是深化金融赋能', 'li.tao'],
      ['二是', 'wang'],
    ]);
    expect(atDesk).toMatchObject({ bookmarked: false, tags: [] });

    // A reader cannot change another's mark, even knowing its id; nothing is written.
    const wangsId = seenByWang.highlights[0]!.id;
    const before = await fs.readFile(path.join(library.dir, 'annotations.json'), 'utf8');
    await expect(li('annotations.delete', { id: wangsId })).rejects.toMatchObject({ code: 'not-found' });
    await expect(li('annotations.update', { id: wangsId, color: 'blue' })).rejects.toMatchObject({ code: 'not-found' });
    expect((await wang('annotations.forArticle', { articleId })).highlights[0]).toMatchObject({ color: 'pink', note: '我的' });
    expect(await fs.readFile(path.join(library.dir, 'annotations.json'), 'utf8')).toBe(before);

    // Search "with my tag" means the caller's own tag.
    const [tagged] = (await li('annotations.list', { filters: { tag: '金融' } })).taggedArticles;
    expect(tagged?.articleId).toBe(articleId);
    expect((await wang('annotations.list', { filters: { tag: '金融' } })).taggedArticles).toEqual([]);
    close();
  });

  it('shows a shared note to everyone, read-only for the others, with its author', async () => {
    const { library, issueId } = await libraryWithSample();
    const articleId = `${issueId}-2`;
    const { as, close } = callerAs(library);
    const li = as(LI);
    const wang = as(WANG);
    const shared = await li('annotations.addNote', { articleId, note: '请大家周会前读一下', shared: true });
    const privateNote = await li('annotations.addNote', { articleId, note: '只给自己' });

    const seen = await wang('annotations.forArticle', { articleId });
    expect(seen.notes).toEqual([
      expect.objectContaining({ id: shared.id, note: '请大家周会前读一下', author: 'li.tao', shared: true, readOnly: true }),
    ]);
    expect((await wang('annotations.list', { filters: {} })).rows).toEqual([
      expect.objectContaining({ id: shared.id, author: 'li.tao', readOnly: true }),
    ]);
    await expect(wang('annotations.update', { id: shared.id, note: '改掉' })).rejects.toMatchObject({
      code: 'forbidden',
      said: { code: 'annotation-not-yours', author: 'li.tao' },
    });
    await expect(wang('annotations.delete', { id: shared.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(wang('annotations.update', { id: privateNote.id, note: '改掉' })).rejects.toMatchObject({ code: 'not-found' });
    expect((await li('annotations.forArticle', { articleId })).notes.map((n) => n.note)).toEqual(['请大家周会前读一下', '只给自己']);

    // The author stops sharing: the other no longer sees it.
    await li('annotations.update', { id: shared.id, shared: false });
    expect((await wang('annotations.forArticle', { articleId })).notes).toEqual([]);

    // A reader's export holds only what they see, and stays valid Web Annotation JSON-LD.
    await li('annotations.update', { id: shared.id, shared: true });
    const exported = await wang('annotations.export', { scope: { kind: 'all' }, format: 'jsonld', locale: 'zh' });
    expect(exported.count).toBe(1);
    close();
  });

  it("takes a reader's import as their own and never overwrites someone else's mark", async () => {
    const { library, issueId } = await libraryWithSample();
    const articleId = `${issueId}-4`;
    const { as, close } = callerAs(library);
    const li = as(LI);
    const wang = as(WANG);
    const note: Annotation = await li('annotations.addNote', { articleId, note: '原文', shared: true });
    const forged = { ...note, modified: new Date(Date.now() + 60_000).toISOString(), body: [{ ...note.body[0]!, value: '篡改' }] };
    const report = await wang('annotations.import', { fileName: 'x.jsonld', content: JSON.stringify([forged]) });
    expect(report).toMatchObject({ added: 0, updated: 0 });
    expect(report.problems.join(' ')).toMatch(/someone else/);
    expect((await li('annotations.forArticle', { articleId })).notes.map((n) => n.note)).toEqual(['原文']);

    const { creator: _c, shared: _s, ...keeperMade } = { ...note, id: 'urn:uuid:00000000-0000-4000-8000-000000000001' };
    await wang('annotations.import', { fileName: 'y.jsonld', content: JSON.stringify([{ ...keeperMade, shared: true }]) });
    const mine = (await wang('annotations.list', { filters: {} })).rows.find((r) => r.id === keeperMade.id);
    expect(mine).toMatchObject({ note: '原文' });
    expect(mine?.author).toBeUndefined();
    expect((await li('annotations.forArticle', { articleId })).notes.map((n) => n.id)).toEqual([note.id]);
    close();
  });

  it("leaves the desktop keeper's annotations exactly as before, and older files load", async () => {
    const { library, issueId } = await libraryWithSample();
    const articleId = `${issueId}-4`;
    const { as, close } = callerAs(library);
    const made = await as()('annotations.highlight', { articleId, ...(await rangeOf(library, articleId, '二是')), color: 'yellow' });
    expect(Object.keys(made).sort()).toEqual(['body', 'created', 'id', 'modified', 'motivation', 'target', 'type']);
    const desk = await as()('annotations.forArticle', { articleId });
    expect(desk.highlights[0]).not.toHaveProperty('author');
    expect(desk.highlights[0]).not.toHaveProperty('readOnly');
    // The keeper's own marks are not shown to readers unless shared.
    expect((await as(LI)('annotations.forArticle', { articleId })).highlights).toEqual([]);
    close();
    const reopened = callerAs(await openLibrary(library.dir));
    expect((await reopened.as()('annotations.list', { filters: {} })).rows.map((r) => r.id)).toEqual([made.id]);
    reopened.close();
  });

  it('writes the creator as a W3C Person in the JSON-LD export, and reads it back', async () => {
    const { library, issueId } = await libraryWithSample();
    const articleId = `${issueId}-4`;
    const { as, close } = callerAs(library);
    await as(LI)('annotations.addNote', { articleId, note: '共享', shared: true });
    const exported = await as()('annotations.export', { scope: { kind: 'all' }, format: 'jsonld', locale: 'en' });
    const taken = await as()('export.take', { token: exported.token });
    close();
    const text = Buffer.from(taken.dataBase64, 'base64').toString('utf8');
    const collection = JSON.parse(text);
    expect(collection['@context'][1]).toMatchObject({ shared: 'ba:shared' });
    const [item] = collection.first.items;
    expect(item.creator).toEqual({ id: 'urn:bulletin-archive:account:li.tao', type: 'Person', nickname: 'li.tao' });
    expect(item.shared).toBe(true);
    expect(parseJsonLd(text).annotations).toHaveLength(1);
  });
});
