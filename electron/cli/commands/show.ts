import { issueNumberLabel } from '../../../shared/format';
import type { Locale } from '../../../shared/format';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { sayMessage, t } from '../locale';
import { cliIo } from '../io';
import { catalogueLines } from './catalogue-lines';

export async function showCommand(ref: string, options: LibraryOption & { json?: boolean }, locale: Locale): Promise<number> {
  const library = await openLibraryFor(options, 'read');
  const issue = library.findIssue(ref);
  if (options.json) {
    cliIo().stdout.write(`${JSON.stringify(issue, null, 2)}\n`);
    return 0;
  }
  const lines = [issue.series, issueNumberLabel(issue, locale)];
  const facts: [string, string | null][] = [
    [t(locale, 'date'), issue.date],
    [t(locale, 'publisher'), issue.publisher],
    [t(locale, 'editor'), issue.editor],
    [t(locale, 'reviewer'), issue.reviewer],
    [t(locale, 'phone'), issue.phone],
  ];
  for (const [label, value] of facts) if (value) lines.push(`${label}: ${value}`);
  lines.push(...catalogueLines(issue, locale));
  lines.push('', `${t(locale, 'contents')}:`);
  for (const a of issue.articles) {
    const page = a.page !== null ? `  …… ${a.page}` : '';
    const extra = [a.column && `${t(locale, 'column')}: ${a.column}`, a.region && `${t(locale, 'region')}: ${a.region}`, a.source && `${t(locale, 'source')}: ${a.source}`]
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${a.index}. ${a.title}${page}${extra ? `  (${extra})` : ''}`);
  }
  if (issue.warnings.length > 0) {
    lines.push('', `${t(locale, 'warnings')}:`);
    for (const w of issue.warnings) lines.push(`  - ${sayMessage(locale, w)}`);
  }
  lines.push('', `id: ${issue.id}   ${issue.original.name}  sha256 ${issue.original.sha256.slice(0, 16)}…`);
  cliIo().stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
