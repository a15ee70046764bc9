import { tagsOf } from '../../../shared/annotations';
import type { Annotation } from '../../../shared/annotations';
import type { AnnotationChange, AnnotationOp } from '../library';

/**
 * Renames a tag on every article and highlight. Where an article already carries `to`, the
 * two tags merge into one; the result is the count of marks changed, merged ones included,
 * with the changes to save (the annotations given are not touched).
 */
export function renameTagIn(annotations: readonly Annotation[], from: string, to: string, stamp: string): AnnotationChange<number> {
  let changed = 0;
  const ops: AnnotationOp[] = [];
  const tagged = new Set<string>();
  for (const a of annotations) if (a.motivation === 'tagging' && tagsOf(a).includes(to)) tagged.add(a.target.source);
  for (const current of annotations) {
    if (!current.body.some((b) => b.purpose === 'tagging' && b.value === from)) continue;
    changed++;
    if (current.motivation === 'tagging') {
      if (tagged.has(current.target.source)) {
        ops.push({ op: 'delete', id: current.id }); // merged into the tag the article has already
        continue;
      }
      tagged.add(current.target.source);
    }
    const annotation = structuredClone(current);
    const hasTo = annotation.body.some((b) => b.purpose === 'tagging' && b.value === to);
    annotation.body = annotation.body.flatMap((b) => {
      if (b.purpose !== 'tagging' || b.value !== from) return [b];
      return hasTo ? [] : [{ ...b, value: to }];
    });
    annotation.modified = stamp;
    ops.push({ op: 'put', annotation });
  }
  return { ops, result: changed };
}
