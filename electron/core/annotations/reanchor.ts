import { articleSource, articleText, issueSource } from '../../../shared/annotations';
import type { Anchor, Annotation, Place } from '../../../shared/annotations';
import type { IssueTexts } from '../../../shared/catalog';
import { describeRange, locate } from './anchor';
import type { Selectors } from './anchor';
import { placeOfArticle, placeOfIssue } from './catalogue';
import type { Catalogue } from './catalogue';

/**
 * Following the texts: a highlight is looked for in its article's current text and its
 * selectors rewritten to where it is now; one that cannot be found is flagged `orphaned` and
 * kept as it was, so it re-anchors by itself if the text comes back.
 */
export interface AnchorChange {
  id: string;
  source?: string;
  place?: Place;
  selector?: Selectors;
  orphaned: boolean;
}

/** Annotations of one article, against that article's text. */
export function reanchorArticle(
  annotations: readonly Annotation[],
  text: string,
  catalogue: Catalogue,
  articleId: string,
): { anchors: Map<string, Anchor>; changes: AnchorChange[] } {
  const anchors = new Map<string, Anchor>();
  const changes: AnchorChange[] = [];
  const located = catalogue.article(articleId);
  for (const annotation of annotations) {
    const { anchor, change } = anchorOne(
      annotation,
      text,
      articleSource(articleId),
      located ? placeOfArticle(located.issue, located.article) : undefined,
    );
    if (anchor) anchors.set(annotation.id, anchor);
    if (change) changes.push(change);
  }
  return { anchors, changes };
}

/** Any annotations, each against whatever it resolves to now; texts are read once per issue. */
export async function reanchorAll(
  annotations: readonly Annotation[],
  catalogue: Catalogue,
  getTexts: (issueId: string) => Promise<IssueTexts>,
): Promise<AnchorChange[]> {
  const changes: AnchorChange[] = [];
  const texts = new Map<string, IssueTexts | null>();
  for (const annotation of annotations) {
    const resolved = catalogue.resolve(annotation.target);
    if (!resolved) {
      if (!annotation.orphaned) changes.push({ id: annotation.id, orphaned: true });
      continue;
    }
    if (resolved.kind === 'issue') {
      const source = issueSource(resolved.issue.id);
      if (source !== annotation.target.source || annotation.orphaned)
        changes.push({ id: annotation.id, source, place: placeOfIssue(resolved.issue), orphaned: false });
      continue;
    }
    let issueTexts = texts.get(resolved.issue.id);
    if (issueTexts === undefined) {
      issueTexts = await getTexts(resolved.issue.id).catch(() => null);
      texts.set(resolved.issue.id, issueTexts);
    }
    const body = issueTexts?.articles.find((a) => a.id === resolved.article.id);
    if (!body) continue; // unreadable texts: leave the mark as it is, verify reports the file
    const { change } = anchorOne(
      annotation,
      articleText(body.sections),
      articleSource(resolved.article.id),
      placeOfArticle(resolved.issue, resolved.article),
    );
    if (change) changes.push(change);
  }
  return changes;
}

function anchorOne(
  annotation: Annotation,
  text: string,
  source: string,
  place: Place | undefined,
): { anchor: Anchor | null; change: AnchorChange | null } {
  const change: AnchorChange = { id: annotation.id, orphaned: annotation.orphaned ?? false };
  let dirty = false;
  if (annotation.target.source !== source) {
    change.source = source;
    if (place) change.place = place;
    dirty = true;
  }
  let anchor: Anchor | null = null;
  const selector = annotation.target.selector;
  if (annotation.motivation === 'highlighting' && selector) {
    const range = locate(text, selector);
    if (range) {
      anchor = { status: 'anchored', start: range.start, end: range.end };
      const fresh = describeRange(text, range);
      if (JSON.stringify(fresh) !== JSON.stringify(selector)) {
        change.selector = fresh;
        dirty = true;
      }
      if (annotation.orphaned) dirty = true;
      change.orphaned = false;
    } else {
      anchor = { status: 'orphaned' };
      if (!annotation.orphaned) dirty = true;
      change.orphaned = true;
    }
  } else if (annotation.orphaned) {
    change.orphaned = false;
    dirty = true;
  }
  return { anchor, change: dirty ? change : null };
}
