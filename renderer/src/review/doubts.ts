import type { ParsedIssue } from '../../../shared/bulletin';
import type { MastheadField } from './types';
import { MASTHEAD_FIELDS } from './masthead-fields';

/**
 * What a person should check on the review screen: every field the parser found without being
 * sure, each guessed article boundary, each page-break join and each article without a body,
 * with the source lines it came from (ParsedIssue.evidence, 0-based lines of the source text).
 */
export type DoubtKind = 'field' | 'title' | 'boundary' | 'join' | 'body' | 'mark' | 'closing';

export interface Doubt {
  /** Stable within one parse, for React keys and the element ids of the list. */
  id: string;
  kind: DoubtKind;
  /** The evidence's field: `date`, `articles.2.start`, `closing.printRun`, … */
  field: string;
  /** The masthead field, for kind 'field' when it is one of the form's fields. */
  masthead: MastheadField | null;
  /** The article, for title, boundary, join and body. */
  article: number | null;
  lines: number[];
  /** The parser's rule name (shown translated, or as it is when unknown); null when none was given. */
  rule: string | null;
}

const ARTICLE_PART = /^articles\.(\d+)\.(title|start|join|body)$/;
const PART_KIND = { title: 'title', start: 'boundary', join: 'join', body: 'body' } as const;

export function doubtsOf(parsed: Pick<ParsedIssue, 'evidence' | 'articles'>): Doubt[] {
  const doubts: Doubt[] = [];
  parsed.evidence.forEach((evidence, index) => {
    if (evidence.certain) return;
    const part = ARTICLE_PART.exec(evidence.field);
    const id = `doubt-${index}`;
    const base = { id, field: evidence.field, lines: [...evidence.lines], rule: evidence.rule || null };
    if (part) {
      doubts.push({ ...base, kind: PART_KIND[part[2] as keyof typeof PART_KIND], masthead: null, article: Number(part[1]) });
    } else if (evidence.field.startsWith('marks.')) {
      doubts.push({ ...base, kind: 'mark', masthead: null, article: null });
    } else if (evidence.field.startsWith('closing.')) {
      doubts.push({ ...base, kind: 'closing', masthead: null, article: null });
    } else {
      const masthead = MASTHEAD_FIELDS.find((field) => field === evidence.field) ?? null;
      doubts.push({ ...base, kind: 'field', masthead, article: null });
    }
  });
  // An article without a body is always worth a look, whether or not the parser said so.
  parsed.articles.forEach((article, index) => {
    const empty = article.sections.every((section) => section.paragraphs.every((p) => p.trim() === ''));
    if (empty && !doubts.some((d) => d.kind === 'body' && d.article === index)) {
      doubts.push({ id: `doubt-body-${index}`, kind: 'body', field: `articles.${index}.body`, masthead: null, article: index, lines: [], rule: null });
    }
  });
  return doubts;
}

/** The masthead fields with a doubt, and the doubt that flags each (the first). */
export function doubtfulFields(doubts: readonly Doubt[]): Map<MastheadField, Doubt> {
  const fields = new Map<MastheadField, Doubt>();
  for (const doubt of doubts) if (doubt.masthead !== null && !fields.has(doubt.masthead)) fields.set(doubt.masthead, doubt);
  return fields;
}
