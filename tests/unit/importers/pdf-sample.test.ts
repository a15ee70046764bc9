import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractBulletinText } from '../../../electron/core/importers/extract/index';
import { foldCjkRadicals } from '../../../electron/core/importers/extract/fold-radicals';
import { parseBulletin } from '../../../electron/core/parser/index';
import type { ParsedIssue } from '../../../shared/bulletin';
import { pdfFixture } from './helpers/fixtures';

// The sample issue shipped with the app, printed to PDF by Chromium (tests/fixtures/pdf/make.mjs)
// with a running header and `- N -` footers on A4 pages of its own.
const sampleText = readFileSync(fileURLToPath(new URL('../../../resources/sample-kjqbck-2024-03.txt', import.meta.url)), 'utf8');

function outline(issue: ParsedIssue) {
  return {
    ...issue,
    // The PDF's text has its own line numbers, and the PDF reader joins some page breaks before the
    // parser sees them: which fields each rule found must agree, not how often.
    evidence: [...new Set(issue.evidence.map((e) => JSON.stringify([e.field, e.rule, e.certain])))].sort(),
    articles: issue.articles.map((a) => ({ ...a, sections: a.sections.map((s) => [s.heading, s.paragraphs.length]) })),
  };
}

// What the format cannot carry: pdf.js reads the Noto glyph of `—` as U+2015, and the
// spaces Word put between Chinese and digits where a line wrapped.
const comparable = (text: string) => text.replace(/―/g, '—').replace(/\s+/g, '');

describe('the sample issue as a PDF', async () => {
  const result = await extractBulletinText('sample-kjqbck-2024-03.pdf', pdfFixture('sample-kjqbck-2024-03.pdf'));
  if (!result.ok) throw new Error(result.message);
  const fromPdf = parseBulletin(foldCjkRadicals(result.text));
  const fromText = parseBulletin(sampleText);

  it('parses exactly as its text does: masthead, colophon, articles, pages, sections', () => {
    expect(outline(fromPdf)).toEqual(outline(fromText));
    expect(fromPdf.articles).toHaveLength(6);
  });

  it('gives the same paragraphs, give or take spaces and one dash glyph', () => {
    const paragraphs = (issue: ParsedIssue) => issue.articles.flatMap((a) => a.sections.flatMap((s) => s.paragraphs)).map(comparable);
    expect(paragraphs(fromPdf)).toEqual(paragraphs(fromText));
  });

  it('has no running header or page number left', () => {
    expect(result.text).not.toMatch(/^- \d+ -$/m);
    expect(result.text.match(/科技情报参考/g)).toHaveLength(1);
    expect(result.pageStarts?.length).toBeGreaterThan(3);
  });
});
