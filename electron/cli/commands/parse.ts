import path from 'node:path';
import { z } from 'zod';
import type { ParsedIssue } from '../../../shared/bulletin';
import { SectionSchema } from '../../../shared/catalog';
import { issueNumberLabel } from '../../../shared/format';
import type { Locale } from '../../../shared/format';
import { isIssueExport } from '../../core/importers/issue-export';
import { readBulletin, readBulletinText } from '../../core/importers/read-bulletin';
import { readBulletinFile } from '../../core/library/import-batch';
import { sayMessage, t } from '../locale';
import { cliIo } from '../io';

export interface ParseOptions {
  json?: boolean;
  /** Print the text as the importer read it, before bulletin parsing. */
  text?: boolean;
}

export async function parseCommand(file: string, options: ParseOptions, locale: Locale): Promise<number> {
  const bytes = await readBulletinFile(file);
  if (options.text) {
    const text = await importedText(path.basename(file), bytes);
    cliIo().stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return 0;
  }
  const { parsed } = await readBulletin(path.basename(file), bytes);
  cliIo().stdout.write(options.json ? `${JSON.stringify(parsed, null, 2)}\n` : describeParsed(parsed, locale));
  return 0;
}

/**
 * The text a file gives the importer, whether or not it looks like a bulletin: a person whose
 * file was refused, and an engineer whose parse looks wrong, both start here.
 */
export async function importedText(name: string, bytes: Uint8Array): Promise<string> {
  if (isIssueExport(bytes)) return exportedText(name, bytes);
  return (await readBulletinText(name, bytes)).text;
}

// A JSON export is restored, not read as text; what it brings in are its articles' texts.
const ExportedArticlesSchema = z.object({
  articles: z.array(z.object({ title: z.string(), sections: z.array(SectionSchema) })),
});

function exportedText(name: string, bytes: Uint8Array): string {
  const parsed = ExportedArticlesSchema.safeParse(safeJson(new TextDecoder().decode(bytes)));
  if (!parsed.success) return new TextDecoder().decode(bytes);
  const blocks = parsed.data.articles.flatMap((article) => [
    article.title,
    ...article.sections.flatMap((section) => [...(section.heading === null ? [] : [section.heading]), ...section.paragraphs]),
  ]);
  return blocks.join('\n\n');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Marks, the closing block, unplaced lines and doubtful fields, one short line each. */
function describeMetadata(p: ParsedIssue, locale: Locale): string[] {
  const lines: string[] = [];
  const marks = [...p.marks.notices, p.marks.security, p.marks.permit].filter((m): m is string => m !== null);
  if (marks.length > 0) lines.push(`  ${t(locale, 'marks')}: ${marks.join(' · ')}`);
  const { closing } = p;
  const closingParts = [
    ...closing.distribution.map((d) => `${d.role}: ${d.recipients.length}`),
    closing.printedOn === null ? null : t(locale, 'printedOn', { date: closing.printedOn }),
    closing.printRun === null ? null : t(locale, 'printRun', { count: closing.printRun }),
  ].filter((part): part is string => part !== null);
  if (closingParts.length > 0) lines.push(`  ${t(locale, 'closing')}: ${closingParts.join(' · ')}`);
  if (p.unplaced.length > 0) lines.push(`  ${t(locale, 'unplaced')}: ${p.unplaced.length}`);
  const uncertain = p.evidence.filter((e) => !e.certain).length;
  if (uncertain > 0) lines.push(`  ${t(locale, 'uncertain')}: ${uncertain}`);
  return lines;
}

function describeParsed(p: ParsedIssue, locale: Locale): string {
  const lines = [`${p.series}  ${issueNumberLabel(p, locale)}`];
  const facts: [string, string | null][] = [
    [t(locale, 'date'), p.date],
    [t(locale, 'publisher'), p.publisher],
    [t(locale, 'editor'), p.editor],
    [t(locale, 'reviewer'), p.reviewer],
    [t(locale, 'phone'), p.phone],
  ];
  for (const [label, value] of facts) if (value) lines.push(`  ${label}: ${value}`);
  lines.push(...describeMetadata(p, locale));
  lines.push('', `${t(locale, 'contents')} (${p.articles.length} ${t(locale, 'articles')})`);
  p.articles.forEach((a, i) => {
    const extra = [a.page !== null ? `${t(locale, 'page')} ${a.page}` : null, a.region, a.column].filter(Boolean).join(' · ');
    const paragraphs = a.sections.reduce((n, s) => n + s.paragraphs.length, 0);
    lines.push(`  ${i + 1}. ${a.title}${extra ? `  [${extra}]` : ''}  (${a.sections.length} §, ${paragraphs} ¶)`);
  });
  if (p.warnings.length > 0) {
    lines.push('', `${t(locale, 'warnings')}:`);
    for (const w of p.warnings) lines.push(`  - ${sayMessage(locale, w)}`);
  }
  return `${lines.join('\n')}\n`;
}
