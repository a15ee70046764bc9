import { noteOf, tagsOf } from '../../../shared/annotations';
import type { Annotation, HighlightColor, Place } from '../../../shared/annotations';
import { issueTitle } from '../../../shared/format';
import type { Locale } from '../../../shared/format';
import type { Catalogue } from './catalogue';

/**
 * Annotations as a document a person reads: by issue, then article, highlights in the order
 * of the text, each quote followed by its note. Marks whose text could not be found are
 * listed last in their article, said to be so, with the quote as it was.
 */
const words = {
  zh: {
    heading: '批注',
    colon: '：',
    exported: '导出自内刊档案，{date}；{highlights} 处标注，{notes} 条文章批注。',
    article: '第 {index} 篇　{title}',
    articleUnknown: '（篇目不详）',
    bookmarkedIssue: '★ 已收藏本期',
    bookmarked: '★ 已收藏',
    tags: '标签：',
    tagSeparator: '、',
    articleNote: '文章批注',
    note: '批注：',
    orphaned: '原文已修改，找不到这段文字；保留的是当初的摘录。',
    gone: '（这篇文章已不在书库中）',
    color: { yellow: '黄色', green: '绿色', blue: '蓝色', pink: '粉色', purple: '紫色' } satisfies Record<HighlightColor, string>,
    colorMark: '{color}标注',
    empty: '没有批注。',
  },
  en: {
    heading: 'Annotations',
    colon: ': ',
    exported: 'Exported from Bulletin Archive on {date}: {highlights} highlights, {notes} article notes.',
    article: 'Article {index}: {title}',
    articleUnknown: '(article unknown)',
    bookmarkedIssue: '★ Issue bookmarked',
    bookmarked: '★ Bookmarked',
    tags: 'Tags: ',
    tagSeparator: ', ',
    articleNote: 'Article note',
    note: 'Note: ',
    orphaned: 'The text has changed and this passage can no longer be found; the quote is as it was.',
    gone: '(this article is no longer in the library)',
    color: { yellow: 'yellow', green: 'green', blue: 'blue', pink: 'pink', purple: 'purple' } satisfies Record<HighlightColor, string>,
    colorMark: '{color} highlight',
    empty: 'No annotations.',
  },
} as const;

interface ArticleGroup {
  place: Place;
  present: boolean;
  highlights: Annotation[];
  notes: Annotation[];
  tags: string[];
  bookmarked: boolean;
}

interface IssueGroup {
  place: Place;
  bookmarked: boolean;
  articles: Map<string, ArticleGroup>;
}

export function toMarkdown(
  annotations: readonly Annotation[],
  catalogue: Catalogue,
  options: { title: string; locale: Locale; generated: Date },
): string {
  const w = words[options.locale];
  const issues = group(annotations, catalogue);
  const highlights = annotations.filter((a) => a.motivation === 'highlighting').length;
  const notes = annotations.filter((a) => a.motivation === 'commenting').length;
  const out: string[] = [`# ${w.heading}${w.colon}${escapeInline(options.title)}`, ''];
  out.push(fill(w.exported, { date: options.generated.toISOString().slice(0, 10), highlights, notes }), '');
  if (issues.length === 0) out.push(w.empty, '');
  for (const issue of issues) {
    out.push(`## ${escapeInline(issueTitle({ ...issue.place, totalNumber: null }, options.locale))}`, '');
    if (issue.bookmarked) out.push(w.bookmarkedIssue, '');
    for (const article of [...issue.articles.values()].sort((a, b) => (a.place.article ?? 0) - (b.place.article ?? 0))) {
      const title = article.place.title === null ? w.articleUnknown : escapeInline(article.place.title);
      out.push(`### ${article.place.article === null ? title : fill(w.article, { index: article.place.article, title })}`, '');
      if (!article.present) out.push(`*${w.gone}*`, '');
      const facts = [
        article.bookmarked ? w.bookmarked : null,
        article.tags.length > 0 ? `${w.tags}${article.tags.map(escapeInline).join(w.tagSeparator)}` : null,
      ].filter(Boolean);
      if (facts.length > 0) out.push(facts.join(options.locale === 'zh' ? '　' : ' · '), '');
      for (const note of article.notes.sort((a, b) => a.created.localeCompare(b.created))) {
        out.push(`**${w.articleNote}** · ${note.modified.slice(0, 10)}`, '');
        out.push(...paragraphs(noteOf(note) ?? ''), '');
      }
      for (const highlight of article.highlights.sort(byPosition)) {
        out.push(...blockquote(highlight.target.selector?.[0].exact ?? ''), '');
        const color = w.color[highlight.target.styleClass ?? 'yellow'];
        const tags = tagsOf(highlight);
        const meta = [
          fill(w.colorMark, { color }),
          highlight.modified.slice(0, 10),
          tags.length > 0 ? `${w.tags}${tags.map(escapeInline).join(w.tagSeparator)}` : null,
        ].filter(Boolean);
        out.push(`— ${meta.join(' · ')}`, '');
        if (highlight.orphaned) out.push(`⚠ ${w.orphaned}`, '');
        const note = noteOf(highlight);
        if (note) out.push(...paragraphs(note).map((line, i) => (i === 0 ? `${w.note}${line}` : line)), '');
      }
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function group(annotations: readonly Annotation[], catalogue: Catalogue): IssueGroup[] {
  const issues = new Map<string, IssueGroup>();
  for (const annotation of annotations) {
    const resolved = catalogue.resolve(annotation.target);
    const place: Place =
      resolved?.kind === 'article'
        ? {
            series: resolved.issue.series,
            year: resolved.issue.year,
            number: resolved.issue.number,
            article: resolved.article.index,
            title: resolved.article.title,
          }
        : resolved?.kind === 'issue'
          ? { series: resolved.issue.series, year: resolved.issue.year, number: resolved.issue.number, article: null, title: null }
          : annotation.target.place;
    const issueKey = resolved ? resolved.issue.id : `${place.series}:${place.year}:${place.number}`;
    let issue = issues.get(issueKey);
    if (!issue) {
      issue = { place: { ...place, article: null, title: null }, bookmarked: false, articles: new Map() };
      issues.set(issueKey, issue);
    }
    if (place.article === null) {
      if (annotation.motivation === 'bookmarking') issue.bookmarked = true;
      continue;
    }
    const articleKey = resolved?.kind === 'article' ? resolved.article.id : `${place.article}:${place.title}`;
    let article = issue.articles.get(articleKey);
    if (!article) {
      article = { place, present: resolved?.kind === 'article', highlights: [], notes: [], tags: [], bookmarked: false };
      issue.articles.set(articleKey, article);
    }
    switch (annotation.motivation) {
      case 'highlighting':
        article.highlights.push(annotation);
        break;
      case 'commenting':
        article.notes.push(annotation);
        break;
      case 'tagging':
        for (const tag of tagsOf(annotation)) if (!article.tags.includes(tag)) article.tags.push(tag);
        break;
      case 'bookmarking':
        article.bookmarked = true;
        break;
      default: {
        const unreachable: never = annotation.motivation;
        throw new Error(`unknown motivation ${String(unreachable)}`);
      }
    }
  }
  return [...issues.values()].sort(
    (a, b) =>
      a.place.series.localeCompare(b.place.series, 'zh-Hans-CN') ||
      (b.place.year ?? -1) - (a.place.year ?? -1) ||
      (b.place.number ?? -1) - (a.place.number ?? -1),
  );
}

function byPosition(a: Annotation, b: Annotation): number {
  const orphanOrder = Number(a.orphaned === true) - Number(b.orphaned === true);
  return orphanOrder || (a.target.selector?.[1].start ?? 0) - (b.target.selector?.[1].start ?? 0);
}

/** A quote may run over several paragraphs: each becomes a paragraph of the block quote. */
function blockquote(text: string): string[] {
  return text
    .split('\n')
    .map((line) => escapeBlock(line.trim()))
    .filter((line) => line !== '')
    .flatMap((line, i) => (i === 0 ? [`> ${line}`] : ['>', `> ${line}`]));
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => escapeBlock(line.trim()))
        .join('  \n'),
    )
    .flatMap((p, i) => (i === 0 ? [p] : ['', p]));
}

/** Characters that would turn text into Markdown markup. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

/** As escapeInline, and what would start a heading, list or quote at the start of a line. */
function escapeBlock(line: string): string {
  return escapeInline(line).replace(/^(#{1,6}\s|>|[-+]\s|\d+[.)]\s)/, (m) => `\\${m}`);
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
