import type { PrintElement, PrintNode } from '../../../../shared/contract/export';
import { bundledFontFaces } from './print-fonts';

/**
 * Serialises a print tree. Text is escaped and attributes are limited to class, id and lang
 * (escaped too): whatever a bulletin contains comes out as text. The page carries a policy that
 * forbids every script, so even a mistake here could run nothing.
 */
export const STANDALONE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

export function printNodeToHtml(node: PrintNode): string {
  if (typeof node === 'string') return escapeHtml(node);
  return elementToHtml(node);
}

function elementToHtml(element: PrintElement): string {
  const attrs = [
    element.cls ? ` class="${escapeHtml(element.cls)}"` : '',
    element.id ? ` id="${escapeHtml(element.id)}"` : '',
    element.lang ? ` lang="${escapeHtml(element.lang)}"` : '',
  ].join('');
  const inner = (element.children ?? []).map(printNodeToHtml).join('');
  return `<${element.tag}${attrs}>${inner}</${element.tag}>`;
}

/**
 * One self-contained, print-ready HTML file: no script, no external resource; the bundled print
 * fonts inline: `fontFaces` cut to the document (documentFontFaces), else the whole faces.
 */
export function printHtmlPage(view: { title: string; root: PrintElement; css: string }, fontFaces: string = bundledFontFaces()): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="内刊档案 Bulletin Archive">
<title>${escapeHtml(view.title)}</title>
<style>
@media screen { body { background: #e8e6e1; margin: 0; padding: 24px 0; } }
@media print { body { margin: 0; } }
${fontFaces}
${view.css.replace(/<\//g, '<\\/')}
</style>
</head>
<body>
${printNodeToHtml(view.root)}
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
