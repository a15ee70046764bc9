import path from 'node:path';
import type { ParsedIssue, ParseEvidence } from '../../../shared/bulletin';

/** Why a file is kept as a document rather than read as a bulletin. */
export type NotABulletin = 'series' | 'articles';

/** What a person (or `import --as-document`) says about a document's masthead. */
export interface DocumentMasthead {
  series?: string | null;
  year?: number | null;
  number?: number | null;
  date?: string | null;
  publisher?: string | null;
  /** The article's title, instead of the first heading or the file name. */
  title?: string | null;
}

/** A first line longer than this, or one ending a sentence, is text rather than a title. */
const MAX_TITLE_CHARS = 60;
const ENDS_SENTENCE = /[。．！？；，、：:…][”’」』）)]*$/;

/**
 * A file that does not look like a bulletin (a report, a notice, a letter) is never refused for
 * its shape: it is kept as one article holding all its text, under an empty masthead a person
 * fills in before saving (the series is required then, as for any issue). The article's title
 * is the first line when it reads as a heading, else the file's name; every other line is a
 * paragraph, in order, so nothing of the source is left out.
 */
export function documentFromText(name: string, text: string, missing: NotABulletin | null, masthead: DocumentMasthead = {}): ParsedIssue {
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ index, text: line.trim() }))
    .filter((line) => line.text !== '');
  const first = lines[0];
  const headed = first !== undefined && [...first.text].length <= MAX_TITLE_CHARS && !ENDS_SENTENCE.test(first.text);
  const fileTitle = path.basename(name.replace(/\\/g, '/'), path.extname(name)).trim() || name;
  const given = masthead.title?.trim();
  const title = given || (headed ? first.text : fileTitle);
  const body = headed && !given ? lines.slice(1) : lines;
  const evidence: ParseEvidence[] = [
    { field: 'series', lines: [], rule: 'document-masthead-empty', certain: false },
    {
      field: 'articles.0.title',
      lines: headed && !given ? [first.index] : [],
      rule: given ? 'document-title-given' : headed ? 'document-first-line' : 'document-file-name',
      certain: false,
    },
  ];
  return {
    kind: 'document',
    series: masthead.series?.trim() ?? '',
    year: masthead.year ?? null,
    number: masthead.number ?? null,
    totalNumber: null,
    date: masthead.date ?? null,
    publisher: masthead.publisher?.trim() || null,
    editor: null,
    reviewer: null,
    phone: null,
    numberTo: null,
    supplement: false,
    articles: [{ title, page: null, column: null, region: null, source: null, sections: [{ heading: null, paragraphs: body.map((line) => line.text) }] }],
    marks: { notices: [], security: null, permit: null },
    closing: { distribution: [], printedBy: null, printedOn: null, printRun: null },
    unplaced: [],
    evidence,
    warnings: [{ code: 'kept-as-document', missing }],
  };
}
