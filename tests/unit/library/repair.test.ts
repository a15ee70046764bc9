import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/core/library';
import { cli } from '../../helpers/cli';
import { libraryWithSample, SAMPLE, tempDir } from '../../helpers/temp-library';

/**
 * Issue 20, defect 4: verify said "import the issue again", and import refused the file as a
 * duplicate. Now verify --repair rebuilds texts from the original and restores a lost original
 * from a given file whose checksum matches; importing the same file repairs instead of refusing.
 */
async function damaged(kind: 'texts' | 'original') {
  const { library, issueId } = await libraryWithSample();
  const issue = library.getIssue(issueId);
  const textsPath = path.join(library.dir, 'texts', `${issueId}.json`);
  const texts = await fs.readFile(textsPath, 'utf8');
  if (kind === 'texts') await fs.writeFile(textsPath, texts.slice(0, texts.length / 2));
  else await fs.rm(path.join(library.dir, 'files', `${issue.original.sha256}.${issue.original.ext}`));
  return { library, issueId, texts };
}

describe('repairing an issue', () => {
  it('verify --repair rebuilds damaged texts from the original', async () => {
    const { library, issueId, texts } = await damaged('texts');
    const lib = ['--library', library.dir];
    expect((await cli(['verify', ...lib])).code).toBe(1);
    const repair = await cli(['verify', '--repair', ...lib]);
    expect(repair.stdout).toMatch(/✓ 科技情报参考:2024:3: article texts rebuilt from the original/);
    expect(repair.stdout).toMatch(/The library is sound/);
    expect(repair.code).toBe(0);
    expect(await fs.readFile(path.join(library.dir, 'texts', `${issueId}.json`), 'utf8')).toBe(texts);
    // What was replaced is kept for a person to look at.
    expect((await fs.readdir(path.join(library.dir, 'damaged'))).some((n) => n.startsWith(`${issueId}.json.`))).toBe(true);
  });

  it('verify --repair --from restores a lost original only from a file whose checksum matches', async () => {
    const { library } = await damaged('original');
    const lib = ['--library', library.dir];
    const without = await cli(['verify', '--repair', ...lib]);
    expect(without.code).toBe(1);
    expect(without.stdout).toMatch(/not repaired — .*give the file with --from/);

    const folder = tempDir();
    await fs.writeFile(path.join(folder, 'other.txt'), 'not the original');
    await fs.mkdir(path.join(folder, 'inner'));
    await fs.copyFile(SAMPLE, path.join(folder, 'inner', 'copy-with-another-name.txt'));
    const repair = await cli(['verify', '--repair', '--from', folder, ...lib]);
    expect(repair.stdout).toMatch(/missing original restored/);
    expect(repair.code).toBe(0);
    expect((await cli(['verify', ...lib])).code).toBe(0);
  });

  it.each(['texts', 'original'] as const)('importing the same file repairs damaged %s instead of refusing it', async (kind) => {
    const { library, issueId } = await damaged(kind);
    const run = await cli(['import', SAMPLE, '--library', library.dir]);
    expect(run.stdout).toMatch(kind === 'texts' ? /its article texts were rebuilt/ : /its missing original was restored/);
    expect(run.stdout).not.toMatch(/duplicate/i);
    expect(run.code).toBe(0);
    expect((await cli(['verify', '--library', library.dir])).code).toBe(0);
    const reopened = await openLibrary(library.dir);
    expect(reopened.listIssues()).toHaveLength(1);
    expect((await reopened.getTexts(issueId)).articles.length).toBe(reopened.getIssue(issueId).articles.length);
    // Once repaired, the same file is a duplicate again, as before.
    expect((await cli(['import', SAMPLE, '--library', library.dir])).stdout).toMatch(/duplicate/);
  });
});
