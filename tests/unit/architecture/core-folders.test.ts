import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycle, folderGraph } from '../../helpers/folder-graph';

const CORE = path.resolve(__dirname, '../../../electron/core');

describe('the folders of electron/core', () => {
  it('import each other without a cycle, so each layer can be read and tested below the next', () => {
    expect(findCycle(folderGraph(CORE))).toBeNull();
  });

  it('keep the known direction: importers read files and know no library; export writes no library', () => {
    const graph = folderGraph(CORE);
    expect([...(graph.get('importers') ?? [])]).not.toContain('library');
    expect([...(graph.get('importers') ?? [])]).not.toContain('export');
    expect([...(graph.get('export') ?? [])]).not.toContain('api');
    expect([...(graph.get('library') ?? [])]).toContain('importers');
  });

  it('would catch a cycle: one import back from library to api closes a loop', () => {
    const graph = folderGraph(CORE);
    const probe = new Map([...graph].map(([from, to]) => [from, new Set(to)]));
    probe.get('library')!.add('api');
    expect(findCycle(probe)).toEqual(expect.arrayContaining(['library', 'api']));
  });

  it('sees every kind of import: a static one, a type-only one and a dynamic one', () => {
    const graph = folderGraph(CORE);
    // api/context.ts imports library (static); export/issue-document.ts imports only its type;
    // export/pdf/pdf-engine.ts loads playwright-core dynamically (not a folder, so not an edge).
    expect(graph.get('api')).toContain('library');
    expect(graph.get('export')).toContain('library');
    expect(graph.get('export')).not.toContain('playwright-core');
  });
});
