import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Which folders of a source tree import which: the graph the layering rule is about. A file
 * directly in the root (core/errors.ts) is a node of its own. Type-only imports count too: a
 * type that crosses a folder is a dependency of the design even when it vanishes at run time.
 */
export type FolderGraph = Map<string, Set<string>>;

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

export function folderGraph(root: string): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of sourceFiles(root)) {
    const from = folderOf(root, file);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1]!;
      if (!specifier.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), specifier);
      if (path.relative(root, target).startsWith('..')) continue;
      const to = folderOf(root, target);
      if (to !== from) graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** One cycle as a path of folders (first = last), or null when the graph has none. */
export function findCycle(graph: FolderGraph): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return null;
}

function folderOf(root: string, file: string): string {
  const [first = ''] = path.relative(root, file).split(path.sep);
  return first.replace(/\.(ts|tsx|js|mjs)$/, '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}
