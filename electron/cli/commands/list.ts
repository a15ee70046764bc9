import { issueNumberLabel } from '../../../shared/format';
import type { Locale } from '../../../shared/format';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { t } from '../locale';
import { cliIo } from '../io';

export async function listCommand(options: LibraryOption & { json?: boolean }, locale: Locale): Promise<number> {
  const library = await openLibraryFor(options, 'read');
  const issues = library.listIssues();
  if (options.json) {
    cliIo().stdout.write(`${JSON.stringify(issues, null, 2)}\n`);
    return 0;
  }
  if (issues.length === 0) {
    cliIo().stdout.write(`${t(locale, 'emptyLibrary')}\n`);
    return 0;
  }
  const lines = [`${t(locale, 'library')}: ${library.dir}`];
  let series = '';
  for (const issue of issues) {
    if (issue.series !== series) {
      series = issue.series;
      const count = issues.filter((i) => i.series === series).length;
      lines.push('', `${series}  (${count} ${t(locale, 'issues')})`);
    }
    const date = issue.date ? `  ${issue.date}` : '';
    lines.push(`  ${issueNumberLabel(issue, locale)}${date}  ${issue.articleCount} ${t(locale, 'articles')}  [${issue.id}]`);
  }
  cliIo().stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
