import { AnnotationSchema } from '../../../shared/annotations';
import type { Annotation } from '../../../shared/annotations';
import { ArchiveError } from '../errors';

/**
 * W3C Web Annotation JSON-LD: an AnnotationCollection whose first page holds the annotations
 * exactly as annotations.json keeps them. The vocabulary of our own few terms (where a mark
 * was in the archive, whether it was orphaned or shared) is named; `creator` (a foaf:Person with
 * its account as nickname) is the model's own in the context, so a JSON-LD
 * processor keeps them; nothing is fetched from the context's address.
 */
export const ANNOTATION_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  {
    ba: 'urn:bulletin-archive:ns#',
    place: 'ba:place',
    orphaned: 'ba:orphaned',
    shared: 'ba:shared',
    series: 'ba:series',
    year: 'ba:year',
    number: 'ba:number',
    article: 'ba:article',
    title: 'ba:title',
  },
] as const;

export function toJsonLd(annotations: readonly Annotation[], label: string, generated: Date): string {
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    generated: generated.toISOString(),
    generator: { type: 'Software', name: '内刊档案 Bulletin Archive' },
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

export interface ParsedJsonLd {
  annotations: Annotation[];
  /** Items that are not annotations this archive can keep: which one and why. */
  problems: string[];
}

/**
 * Reads what toJsonLd wrote, and also a bare array of annotations, a single annotation or an
 * AnnotationPage. Every item is checked by the schema; a bad item is reported, never kept.
 */
export function parseJsonLd(text: string, fileName = 'the file'): ParsedJsonLd {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ArchiveError(
      'bad-input',
      `${fileName} is not JSON (${error instanceof Error ? error.message : String(error)}). Choose a .jsonld file exported by Bulletin Archive.`,
    );
  }
  const items = itemsOf(data);
  if (items === null) {
    throw new ArchiveError(
      'bad-input',
      `${fileName} holds no Web Annotations (expected an AnnotationCollection, an AnnotationPage or a list of Annotations).`,
    );
  }
  const annotations: Annotation[] = [];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const parsed = AnnotationSchema.safeParse(withoutContext(item));
    if (parsed.success) annotations.push(parsed.data);
    else {
      const first = parsed.error.issues[0];
      problems.push(`item ${index + 1}: ${first?.path.join('.') || 'annotation'}: ${first?.message ?? 'invalid'}`);
    }
  });
  return { annotations, problems };
}

function itemsOf(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return null;
  if (data['type'] === 'Annotation') return [data];
  if (data['type'] === 'AnnotationPage' && Array.isArray(data['items'])) return data['items'];
  if (data['type'] === 'AnnotationCollection') {
    const first = data['first'];
    if (isObject(first) && Array.isArray(first['items'])) return first['items'];
    if (data['total'] === 0) return [];
  }
  return null;
}

function withoutContext(item: unknown): unknown {
  if (!isObject(item)) return item;
  const { '@context': _context, ...rest } = item;
  return rest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
