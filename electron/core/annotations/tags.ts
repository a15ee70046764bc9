import { tagsOf } from '../../../shared/annotations';
import type { AnnotationsFile } from '../../../shared/catalog';

/**
 * Renames a tag on every article and highlight. Where an article already carries `to`, the
 * two tags merge into one; the count is of marks changed, merged ones included.
 */
export function renameTagIn(file: AnnotationsFile, from: string, to: string, stamp: string): number {
  let changed = 0;
  const tagged = new Set<string>();
  for (const a of file.annotations) if (a.motivation === 'tagging' && tagsOf(a).includes(to)) tagged.add(a.target.source);
  const kept = [];
  for (const annotation of file.annotations) {
    if (!annotation.body.some((b) => b.purpose === 'tagging' && b.value === from)) {
      kept.push(annotation);
      continue;
    }
    changed++;
    if (annotation.motivation === 'tagging') {
      if (tagged.has(annotation.target.source)) continue; // merged into the tag the article has already
      tagged.add(annotation.target.source);
    }
    const hasTo = annotation.body.some((b) => b.purpose === 'tagging' && b.value === to);
    annotation.body = annotation.body.flatMap((b) => {
      if (b.purpose !== 'tagging' || b.value !== from) return [b];
      return hasTo ? [] : [{ ...b, value: to }];
    });
    annotation.modified = stamp;
    kept.push(annotation);
  }
  file.annotations = kept;
  return changed;
}
