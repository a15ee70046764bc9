import type { PrintElement, PrintNode } from '../../../shared/contract/export';

/** Article id → title, read from a laid-out print document (`<article id="pd-…">` with its `pd-title`). */
export function basketTitles(root: PrintElement): Map<string, string> {
  const titles = new Map<string, string>();
  const visit = (node: PrintNode): void => {
    if (typeof node === 'string') return;
    if (node.tag === 'article' && node.id?.startsWith('pd-')) {
      const title = findTitle(node);
      if (title !== null) titles.set(node.id.slice(3), title);
      return;
    }
    node.children?.forEach(visit);
  };
  visit(root);
  return titles;
}

function findTitle(node: PrintElement): string | null {
  if (node.cls === 'pd-title') return (node.children ?? []).filter((c): c is string => typeof c === 'string').join('');
  for (const child of node.children ?? []) {
    if (typeof child === 'string') continue;
    const found = findTitle(child);
    if (found !== null) return found;
  }
  return null;
}
