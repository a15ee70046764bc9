import { randomUUID } from 'node:crypto';
import { noteOf, tagsOf } from '../../../shared/annotations';
import type {
  Annotation,
  Anchor,
  Creator,
  HighlightColor,
  HighlightView,
  Motivation,
  Place,
  TextualBody,
} from '../../../shared/annotations';

/** Making annotations and turning them into what the reader shows. */
export function newAnnotation(fields: {
  motivation: Motivation;
  source: string;
  place: Place;
  body?: TextualBody[];
  selector?: Annotation['target']['selector'];
  color?: HighlightColor;
  now: Date;
  /** The reading-room account that makes it; none for the desktop keeper (issue 18). */
  creator?: Creator | undefined;
  shared?: boolean | undefined;
}): Annotation {
  const stamp = fields.now.toISOString();
  const target: Annotation['target'] = { source: fields.source, place: fields.place };
  if (fields.selector) target.selector = fields.selector;
  if (fields.color) target.styleClass = fields.color;
  const annotation: Annotation = {
    id: `urn:uuid:${randomUUID()}`,
    type: 'Annotation',
    motivation: fields.motivation,
    created: stamp,
    modified: stamp,
    body: fields.body ?? [],
    target,
  };
  // Left out, not undefined, so the keeper's marks are written exactly as before.
  if (fields.creator) annotation.creator = fields.creator;
  if (fields.shared) annotation.shared = true;
  return annotation;
}

export function noteBody(note: string): TextualBody {
  return { type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' };
}

export function tagBody(tag: string): TextualBody {
  return { type: 'TextualBody', purpose: 'tagging', value: tag };
}

/** A note typed into a box: surrounding blank lines dropped; nothing left means no note. */
export function cleanNote(note: string | null | undefined): string | null {
  if (note === null || note === undefined) return null;
  const cleaned = note.replace(/\r\n?/g, '\n').replace(/^\s*\n|\s+$/g, '');
  return cleaned.trim() === '' ? null : cleaned;
}

export function highlightView(annotation: Annotation, anchor: Anchor): HighlightView {
  return {
    id: annotation.id,
    color: annotation.target.styleClass ?? 'yellow',
    note: noteOf(annotation),
    quote: annotation.target.selector?.[0].exact ?? '',
    tags: tagsOf(annotation),
    anchor,
    created: annotation.created,
    modified: annotation.modified,
  };
}
