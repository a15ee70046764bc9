import { tagsOf } from '../../../../shared/annotations';
import type { Annotation } from '../../../../shared/annotations';
import type { AnnotationMergeCounts } from '../../../../shared/package';
import type { AnnotationOp } from '../../library';
import { canonicalJson, uuidOf } from './canonical';

/**
 * The tag a conflict copy carries: a tag shows in the reader, the tag list, search and every
 * export without a change to the annotation schema, and removing it is how a person settles it.
 */
export const CONFLICT_TAG = '合并冲突';

export interface AnnotationPlan {
  ops: AnnotationOp[];
  counts: AnnotationMergeCounts;
  tagsAdded: number;
}

/**
 * The package's annotations of one issue (already moved to the library's ids) against the
 * library's, by id (docs/package-format.md):
 * - an id the library lacks is added, unless it is a tag the article already carries or a
 *   bookmark already set (tags and bookmarks unite: the same mark is never there twice);
 * - the same data on both sides: unchanged;
 * - changed on one side only (the other's `modified` is still its `created`): the changed one;
 * - changed on both: the newer (by `modified`) keeps the id, the other is kept beside it as a
 *   copy tagged 合并冲突, its id made from its content, so merging A into B and B into A ends
 *   the same and a second merge adds nothing. A tag's older value stays as a tag of its own; a
 *   bookmark has nothing to lose.
 */
export function planAnnotations(current: readonly Annotation[], theirs: readonly Annotation[]): AnnotationPlan {
  const byId = new Map(current.map((a) => [a.id, a]));
  const marks = new Set(current.flatMap(markKeys));
  const ops: AnnotationOp[] = [];
  const counts: AnnotationMergeCounts = { added: 0, updated: 0, unchanged: 0, conflicted: 0 };
  let tagsAdded = 0;
  const put = (annotation: Annotation): void => {
    ops.push({ op: 'put', annotation });
    byId.set(annotation.id, annotation);
    for (const key of markKeys(annotation)) marks.add(key);
  };
  for (const incoming of theirs) {
    const held = byId.get(incoming.id);
    if (!held) {
      if (markKeys(incoming).some((k) => marks.has(k))) counts.unchanged += 1;
      else {
        put(incoming);
        counts.added += 1;
        if (incoming.motivation === 'tagging') tagsAdded += 1;
      }
      continue;
    }
    if (canonicalJson(held) === canonicalJson(incoming)) {
      counts.unchanged += 1;
      continue;
    }
    const newer = newerOf(held, incoming);
    const older = newer === held ? incoming : held;
    const bothChanged = held.modified !== held.created && incoming.modified !== incoming.created;
    if (newer === incoming) put(incoming);
    if (!bothChanged || older.motivation === 'bookmarking') {
      if (newer === incoming) counts.updated += 1;
      else counts.unchanged += 1;
      continue;
    }
    const copy = conflictCopy(older);
    if (byId.has(copy.id) || (copy.motivation === 'tagging' && markKeys(copy).some((k) => marks.has(k)))) {
      if (newer === incoming) counts.updated += 1;
      else counts.unchanged += 1;
      continue;
    }
    put(copy);
    counts.conflicted += 1;
  }
  return { ops, counts, tagsAdded };
}

/** The later change; at the same instant, a fixed choice that is the same in either order. */
function newerOf(a: Annotation, b: Annotation): Annotation {
  if (a.modified !== b.modified) return a.modified > b.modified ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/** The losing version of a conflict, kept: a new id made from it, and the 合并冲突 tag (a tag keeps its own value). */
export function conflictCopy(version: Annotation): Annotation {
  const id = uuidOf(`conflict\n${canonicalJson(version)}`);
  if (version.motivation === 'tagging') return { ...version, id };
  const flagged = tagsOf(version).includes(CONFLICT_TAG) ? version.body : [...version.body, { type: 'TextualBody' as const, purpose: 'tagging' as const, value: CONFLICT_TAG }];
  return { ...version, id, body: flagged };
}

/** What makes two marks the same whatever their ids: a tag on an article, a bookmark on an issue or article. */
function markKeys(annotation: Annotation): string[] {
  if (annotation.motivation === 'bookmarking') return [`bookmark ${annotation.target.source}`];
  if (annotation.motivation === 'tagging') return tagsOf(annotation).map((tag) => `tag ${annotation.target.source} ${tag}`);
  return [];
}
