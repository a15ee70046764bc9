import path from 'node:path';
import type { ParsedIssue } from '../../../shared/bulletin';
import { issueNumberLabel } from '../../../shared/format';
import type { Locale } from '../../../shared/format';
import { readBulletin } from '../../core/importers/read-bulletin';
import { readBulletinFile } from '../../core/library/import-batch';
import { sayMessage, t } from '../locale';
import { cliIo } from '../io';

export async function parseCommand(file: string, options: { json?: boolean }, locale: Locale): Promise<number> {
  const bytes = await readBulletinFile(file);
  const { parsed } = await readBulletin(path.basename(file), bytes);
  cliIo().stdout.write(options.json ? `${JSON.stringify(parsed, null, 2)}\n` : describeParsed(parsed, locale));
  return 0;
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
