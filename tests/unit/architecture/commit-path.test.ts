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
  it('is written only by the one commit path (and the removal of an issue)', () => {
    const writers = ['electron', 'scripts']
      .flatMap((dir) => sources(path.join(ROOT, dir)))
      .filter((file) => /\.writeCatalog\(/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
      .sort();
    expect(writers).toEqual(['electron/core/library/commit-issue.ts', 'electron/core/library/edit-issue.ts', 'electron/core/series/series-edits.ts']);
    // series-edits.ts has one commit path of its own (a rename or merge moves many issues in one write).
    const series = readFileSync(path.join(ROOT, 'electron/core/series/series-edits.ts'), 'utf8');
    expect(series.match(/\.writeCatalog\(/g)).toHaveLength(1);
    // edit-issue.ts writes the catalogue itself only to remove an issue.
    const edit = readFileSync(path.join(ROOT, 'electron/core/library/edit-issue.ts'), 'utf8');
    expect(edit.match(/\.writeCatalog\(/g)).toHaveLength(1);
    expect(edit).toMatch(/deleteIssue[\s\S]*\.writeCatalog\(/);
  });
});
