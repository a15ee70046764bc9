import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBulletin } from '../../../electron/core/importers/read-bulletin';
import { openLibrary } from '../../../electron/core/library';
import { textsFile } from '../../../electron/core/library/layout';
import { discardUnplacedLine, placeUnplacedLine, unplacedText } from '../../../electron/core/library/unplaced-text';
import { sampleBytes, snapshot, tempDir } from '../../helpers/temp-library';

/** The sample, saved from the review screen with two lines the parser could not place. */
async function libraryWithUnplaced() {
  const library = await openLibrary(tempDir(), { create: true });
  const bytes = sampleBytes();
  const read = await readBulletin('sample.txt', bytes);
  const unplaced = [
    { line: 3, text: '（本期责任编辑：王芳）' },
    { line: 4, text: '扫描件第 2 页页边手写批注' },
  ];
  const outcome = await library.importBulletin({ name: 'sample.txt', bytes }, { reviewed: { ...read.parsed, unplaced }, read });
  if (outcome.status !== 'imported') throw new Error(outcome.message);
  return { library, issueId: outcome.issueId };
}

describe("an issue's unplaced text", () => {
  it('is kept with the issue texts when it is saved', async () => {
    const { library, issueId } = await libraryWithUnplaced();
    const stored = JSON.parse(await fs.readFile(path.join(library.dir, textsFile(issueId)), 'utf8')) as { unplaced: unknown };
    expect(stored.unplaced).toEqual([
      { line: 3, text: '（本期责任编辑：王芳）' },
      { line: 4, text: '扫描件第 2 页页边手写批注' },
    ]);
    expect(await unplacedText(library, issueId)).toHaveLength(2);
  });

  it('can be added to an article as its last paragraph, or discarded, and is then gone from the list', async () => {
    const { library, issueId } = await libraryWithUnplaced();
    const articleId = library.getIssue(issueId).articles[1]!.id;
    expect(await placeUnplacedLine(library, issueId, 3, articleId)).toEqual([{ line: 4, text: '扫描件第 2 页页边手写批注' }]);
    const article = await library.getArticle(articleId);
    expect(article.sections.at(-1)?.paragraphs.at(-1)).toBe('（本期责任编辑：王芳）');

    expect(await discardUnplacedLine(library, issueId, 4)).toEqual([]);
    expect(await unplacedText(library, issueId)).toEqual([]);
    const texts = await library.getTexts(issueId);
    expect(JSON.stringify(texts)).not.toContain('手写批注');
  });

  it('refuses a line that is not there, or an article of another issue, and changes nothing', async () => {
    const { library, issueId } = await libraryWithUnplaced();
    const before = await snapshot(library.dir);
    await expect(placeUnplacedLine(library, issueId, 99, library.getIssue(issueId).articles[0]!.id)).rejects.toMatchObject({
      said: { code: 'unplaced-line-not-found', line: 99 },
    });
    await expect(placeUnplacedLine(library, issueId, 3, 'nosuchissue-a1')).rejects.toMatchObject({ said: { code: 'article-not-found' } });
    await expect(discardUnplacedLine(library, issueId, 7)).rejects.toMatchObject({ said: { code: 'unplaced-line-not-found' } });
    expect(await snapshot(library.dir)).toEqual(before);
  });

  it('reads texts files written before unplaced text existed as having none', async () => {
    const { library, issueId } = await libraryWithUnplaced();
    const file = path.join(library.dir, textsFile(issueId));
    const { unplaced: _dropped, ...older } = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
    await fs.writeFile(file, JSON.stringify(older));
    expect(await unplacedText(library, issueId)).toEqual([]);
    expect((await library.getTexts(issueId)).articles.length).toBeGreaterThan(0);
  });
});
