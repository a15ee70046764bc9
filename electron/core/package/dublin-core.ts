import type { Issue } from '../../../shared/catalog';
import { issueFiles } from '../../../shared/catalog';
import { issueTitle } from '../../../shared/format';
import { issueSource } from '../../../shared/annotations';

/**
 * An issue's catalogue record as Dublin Core, in the OAI-PMH `oai_dc` container archive systems
 * harvest and ingest (DSpace, Archivematica): the 15 DC elements where the archive knows a value,
 * plus `dcterms:isPartOf` (its series) and one `dcterms:hasPart` per article.
 */
export const OAI_DC_NS = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
export const DC_NS = 'http://purl.org/dc/elements/1.1/';
export const DCTERMS_NS = 'http://purl.org/dc/terms/';

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ofd: 'application/ofd',
  json: 'application/json',
  html: 'text/html',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

export function dublinCoreRecord(issue: Issue): string {
  const lines: string[] = [];
  const el = (name: string, value: string | null | undefined, lang = false): void => {
    if (value === null || value === undefined || value.trim() === '') return;
    lines.push(`  <${name}${lang ? ' xml:lang="zh-CN"' : ''}>${xmlText(value)}</${name}>`);
  };
  el('dc:title', issueTitle(issue, 'zh'), true);
  el('dc:date', issue.date ?? (issue.year !== null ? String(issue.year) : null));
  el('dc:publisher', issue.publisher, true);
  el('dc:contributor', issue.editor, true);
  el('dc:identifier', issue.reference);
  el('dc:identifier', issueSource(issue.id));
  el('dc:relation', issue.series, true);
  el('dcterms:isPartOf', issue.series, true);
  el('dc:language', 'zh-CN');
  el('dc:type', 'Text');
  for (const type of new Set(issueFiles(issue).map((f) => MEDIA_TYPES[f.ext] ?? 'application/octet-stream'))) el('dc:format', type);
  for (const article of issue.articles) el('dcterms:hasPart', article.title, true);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<oai_dc:dc xmlns:oai_dc="${OAI_DC_NS}" xmlns:dc="${DC_NS}" xmlns:dcterms="${DCTERMS_NS}">`,
    ...lines,
    '</oai_dc:dc>',
    '',
  ].join('\n');
}

/**
 * Text as XML character data: `&`, `<`, `>` and quotes escaped, and the characters XML 1.0 cannot
 * hold at all (C0 controls but tab and line ends, lone surrogates, U+FFFE/U+FFFF) replaced by
 * U+FFFD, so a title pasted with a stray control character still makes a well-formed record.
 */
export function xmlText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
