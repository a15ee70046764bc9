import { creatorFor } from '../../../shared/annotations';
import type { Annotation, Creator } from '../../../shared/annotations';
import type { Caller } from '../../../shared/people';
import { ArchiveError } from '../errors';

/**
 * Whose annotations a call sees and may change (issue 18). The desktop keeper sees every mark
 * in the library, as before accounts existed, and owns the marks without a creator; a person
 * signed in to the reading room sees their own marks plus the notes others shared, and changes
 * only their own.
 */
export type Viewer = { kind: 'keeper' } | { kind: 'person'; account: string };

export const KEEPER: Viewer = { kind: 'keeper' };

export function viewerOf(caller: Caller): Viewer {
  return caller.kind === 'desktop' ? KEEPER : { kind: 'person', account: caller.name };
}

/** The creator a new mark of this viewer carries (none for the keeper). */
export function creatorOf(viewer: Viewer): Creator | undefined {
  return viewer.kind === 'person' ? creatorFor(viewer.account) : undefined;
}

/** The viewer's own marks: the keeper's have no creator. */
export function owns(viewer: Viewer, annotation: Annotation): boolean {
  return viewer.kind === 'keeper' ? annotation.creator === undefined : annotation.creator?.nickname === viewer.account;
}

export function canSee(viewer: Viewer, annotation: Annotation): boolean {
  return viewer.kind === 'keeper' || owns(viewer, annotation) || annotation.shared === true;
}

/** The keeper looks after the whole library and may tidy anyone's marks; a person only their own. */
export function canChange(viewer: Viewer, annotation: Annotation): boolean {
  return viewer.kind === 'keeper' || owns(viewer, annotation);
}

export function visibleTo(viewer: Viewer, annotations: readonly Annotation[]): readonly Annotation[] {
  return viewer.kind === 'keeper' ? annotations : annotations.filter((a) => canSee(viewer, a));
}

export function ownedBy(viewer: Viewer, annotations: readonly Annotation[]): Annotation[] {
  return annotations.filter((a) => owns(viewer, a));
}

/** Who made a mark, as the viewer is told it: nothing for their own, the account (or the desktop) otherwise. */
export function authorship(viewer: Viewer, annotation: Annotation): { author?: string; shared?: boolean; readOnly?: boolean } {
  const out: { author?: string; shared?: boolean; readOnly?: boolean } = {};
  if (!owns(viewer, annotation)) out.author = annotation.creator?.nickname ?? '(desktop)';
  if (annotation.shared) out.shared = true;
  if (!canChange(viewer, annotation)) out.readOnly = true;
  return out;
}

export function requireChangeable(viewer: Viewer, annotation: Annotation): void {
  if (canChange(viewer, annotation)) return;
  throw ArchiveError.of('forbidden', { code: 'annotation-not-yours', author: annotation.creator?.nickname ?? '(desktop)' });
}
