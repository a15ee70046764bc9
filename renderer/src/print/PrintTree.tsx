import { createElement } from 'react';
import type { ReactNode } from 'react';
import { PRINT_TAGS } from '../../../shared/contract/export';
import type { PrintElement, PrintNode } from '../../../shared/contract/export';

/**
 * Draws a print document the core laid out. Text is always a React text node (shown, never
 * parsed); elements come from a short list of tags with class, id and lang only. Anything else
 * in the tree (it crossed a transport) is dropped.
 */
export function PrintTree({ root }: { root: PrintElement }) {
  return <>{draw(root, 'r')}</>;
}

function draw(node: PrintNode, key: string): ReactNode {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null || !isPrintTag(node.tag)) return null;
  const props: Record<string, string> = { key };
  if (typeof node.cls === 'string') props.className = node.cls;
  if (typeof node.id === 'string') props.id = node.id;
  if (typeof node.lang === 'string') props.lang = node.lang;
  const children = Array.isArray(node.children) ? node.children.map((child, i) => draw(child, `${key}.${i}`)) : [];
  return createElement(node.tag, props, ...children);
}

function isPrintTag(tag: unknown): tag is PrintElement['tag'] {
  return typeof tag === 'string' && (PRINT_TAGS as readonly string[]).includes(tag);
}
