import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('the catalogue', () => {
  it('is written only by the one commit path (and the removal of an issue, a batch, the 档号 settings)', () => {
    const writers = ['electron', 'scripts']
      .flatMap((dir) => sources(path.join(ROOT, dir)))
      .filter((file) => /\.writeCatalog\(/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
      .sort();
    // Issue 14: removal moved to the recycle area; a batch is one atomic write over several issues
    // (each recorded in the history); the 档号 settings are not an issue; a series rename or merge
    // moves many issues in one write. Issue 15: merging a package adds the series records the
    // library lacks (no issue changes; the issues themselves go through commitIssue).
    expect(writers).toEqual([
      'electron/core/library/batch-edit.ts',
      'electron/core/library/catalogue-settings.ts',
      'electron/core/library/commit-issue.ts',
      'electron/core/library/recycle.ts',
      'electron/core/package/merge/series.ts',
      'electron/core/series/series-edits.ts',
    ]);
    const series = readFileSync(path.join(ROOT, 'electron/core/series/series-edits.ts'), 'utf8');
    expect(series.match(/\.writeCatalog\(/g)).toHaveLength(1);
    const recycle = readFileSync(path.join(ROOT, 'electron/core/library/recycle.ts'), 'utf8');
    expect(recycle.match(/\.writeCatalog\(/g)).toHaveLength(1);
    expect(recycle).toMatch(/recycleIssue[\s\S]*\.writeCatalog\(/);
  });
});
