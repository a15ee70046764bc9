import { parseSource } from '../../shared/annotations';
import { issueFiles } from '../../shared/catalog';
import { formatIssueRef } from '../../electron/core/library';
import type { Library } from '../../electron/core/library';

/**
 * A library as a person compares two: issues by `series:year:number` (ids are each library's),
 * their catalogue fields, files (checksums, roles), articles and texts, and the annotations on
 * them by where they are. Tags and bookmarks are compared without ids: when both sides had the
 * same tag, which of the two ids survives depends on which came first, and nothing else does.
 */
export async function libraryView(library: Library): Promise<unknown> {
  const issues = [...library.issues()].sort((x, y) => formatIssueRef(x).localeCompare(formatIssueRef(y)));
  const refOf = new Map(issues.map((i) => [i.id, formatIssueRef(i)]));
  const where = (source: string): string => {
    const parsed = parseSource(source);
    if (!parsed) return source;
    if (parsed.kind === 'issue') return refOf.get(parsed.issueId) ?? parsed.issueId;
    const [, issueId = '', n = ''] = /^(.*)-(\d+)$/.exec(parsed.articleId) ?? [];
    return `${refOf.get(issueId) ?? issueId}#${n}`;
  };
  const out = [];
  for (const issue of issues) {
    const { id: _id, articles, files, original: _original, ...fields } = issue;
    const texts = await library.getTexts(issue.id);
    out.push({
      ref: formatIssueRef(issue),
      fields,
      files: issueFiles(issue).map((f) => `${f.sha256} ${f.name} ${f.size}`).sort(),
      roles: files.map((f) => f.role),
      articles: articles.map(({ id: _a, ...rest }) => rest),
      texts: texts.articles.map((t) => t.sections),
    });
  }
  const annotations = library.annotations.annotations
    .map((a) => {
      const { id, target, ...rest } = a;
      const keepsId = a.motivation === 'highlighting' || a.motivation === 'commenting';
      return JSON.stringify({ ...(keepsId && { id }), ...rest, target: { ...target, source: where(target.source) } });
    })
    .sort();
  return { issues: out, annotations, series: library.catalog().series.map((s) => s.name).sort() };
}
