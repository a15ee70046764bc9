import type { CatalogueSettings, RetentionCode } from './catalogue-fields';

/**
 * 档号 (archival reference code) from the library's pattern, DA/T 22 style:
 * `{fonds}-{category}·{year}-{retention}-{item:4}` → `J012-WS·2024-Y-0003`. Pure, so the issue
 * page can show what a pattern makes before it is saved.
 */
export const REFERENCE_TOKENS = ['fonds', 'category', 'year', 'retention', 'series', 'number', 'item'] as const;
export type ReferenceToken = (typeof REFERENCE_TOKENS)[number];

export interface ReferenceFacts {
  series: string;
  year: number | null;
  number: number | null;
  retention: RetentionCode | null;
}

export type ReferenceDraft =
  | { kind: 'ready'; render: (item: number) => string }
  /** What the issue or the settings still lack (the archivist fills it, then it is generated). */
  | { kind: 'missing'; missing: ReferenceToken[] };

const TOKEN = /\{(\w+)(?::(\d{1,2}))?\}/g;

/** The unknown tokens of a pattern, and whether it numbers items at all. */
export function checkReferencePattern(pattern: string): { unknown: string[]; hasItem: boolean } {
  const unknown: string[] = [];
  let hasItem = false;
  for (const [, name] of pattern.matchAll(TOKEN)) {
    if (name === 'item') hasItem = true;
    else if (!(REFERENCE_TOKENS as readonly string[]).includes(name ?? '')) unknown.push(name ?? '');
  }
  return { unknown, hasItem };
}

export function draftReference(settings: CatalogueSettings, facts: ReferenceFacts): ReferenceDraft {
  const values: Record<Exclude<ReferenceToken, 'item'>, string | null> = {
    fonds: settings.fonds,
    category: settings.category,
    year: facts.year === null ? null : String(facts.year),
    retention: facts.retention,
    series: facts.series,
    number: facts.number === null ? null : String(facts.number),
  };
  const missing: ReferenceToken[] = [];
  for (const [, name, width] of settings.referencePattern.matchAll(TOKEN)) {
    if (name === 'item' || !name || !(name in values)) continue;
    if (values[name as keyof typeof values] === null && !missing.includes(name as ReferenceToken)) missing.push(name as ReferenceToken);
    void width;
  }
  if (missing.length > 0) return { kind: 'missing', missing };
  return {
    kind: 'ready',
    render: (item) =>
      settings.referencePattern.replace(TOKEN, (whole, name: string, width: string | undefined) => {
        const value = name === 'item' ? String(item) : (values[name as keyof typeof values] ?? whole);
        return width ? value.padStart(Number(width), '0') : value;
      }),
  };
}

/** The first item number whose 档号 no other issue holds. */
export function nextFreeReference(render: (item: number) => string, taken: ReadonlySet<string>): string {
  for (let item = 1; ; item += 1) {
    const candidate = render(item);
    if (!taken.has(candidate)) return candidate;
    // A pattern without {item} makes one code only: the caller reports the clash.
    if (render(item + 1) === candidate) return candidate;
  }
}
