import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ArchiveError } from '../../../electron/core/errors';
import { documentRefusal, readBulletin } from '../../../electron/core/importers/read-bulletin';
import { parseBulletin } from '../../../electron/core/parser';
import { sayError, sayMessage } from '../../../shared/message-text';
import { ARCHIVE_ERROR_CODES, ArchiveMessageSchema, MESSAGE_CODES } from '../../../shared/messages';
import type { ArchiveMessage } from '../../../shared/messages';

const CJK = /[\u3400-\u9fff]/;

/** A value for each parameter, read off the schema, so a new code is walked without editing this test. */
function sampleValue(schema: z.ZodType, nulls: boolean): unknown {
  if (schema instanceof z.ZodLiteral) return schema.value;
  if (schema instanceof z.ZodNullable) return nulls ? null : sampleValue(schema.unwrap() as z.ZodType, nulls);
  if (schema instanceof z.ZodString) return 'sample';
  if (schema instanceof z.ZodNumber) return 3;
  if (schema instanceof z.ZodBoolean) return !nulls;
  if (schema instanceof z.ZodEnum) return nulls ? schema.options.at(-1) : schema.options[0];
  throw new Error(`no sample for ${schema.constructor.name}`);
}

function samples(): ArchiveMessage[] {
  return ArchiveMessageSchema.options.flatMap((option) =>
    [false, true].map((nulls) =>
      ArchiveMessageSchema.parse(Object.fromEntries(Object.entries(option.shape).map(([key, value]) => [key, sampleValue(value as z.ZodType, nulls)]))),
    ),
  );
}

describe('every message in both languages', () => {
  it('walks every code', () => {
    expect(new Set(samples().map((m) => m.code))).toEqual(new Set(MESSAGE_CODES));
    expect(MESSAGE_CODES.length).toBeGreaterThan(40);
  });

  it.each(samples().filter((m) => m.code !== 'legacy'))('$code has a Chinese and an English text', (message) => {
    const chinese = sayMessage('zh', message);
    const english = sayMessage('en', message);
    expect(chinese.trim()).not.toBe('');
    expect(chinese).toMatch(CJK);
    expect(english.trim()).not.toBe('');
    expect(english).not.toMatch(CJK);
    for (const text of [chinese, english]) expect(text).not.toMatch(/undefined|\[object/);
  });

  it('shows text from before codes (legacy) as it was written, in either language', () => {
    const old: ArchiveMessage = { code: 'legacy', text: 'No table of contents was found.' };
    expect(sayMessage('zh', old)).toBe('No table of contents was found.');
    expect(sayMessage('en', old)).toBe('No table of contents was found.');
  });

  it.each(ARCHIVE_ERROR_CODES)('the error class %s has a Chinese and an English text', (code) => {
    const chinese = sayError('zh', { code, message: 'English detail for the log' });
    expect(chinese).toMatch(CJK);
    expect(sayError('en', { code, message: 'English detail for the log' })).toBe('English detail for the log');
  });

  it('an error with a message is said in the reader language, its English kept for the log', () => {
    const error = ArchiveError.of('not-found', { code: 'issue-not-found', issueId: 'abc123' });
    expect(error.message).toBe('No issue with id abc123 in this library.');
    expect(sayError('zh', error)).toBe('书库中没有编号为 abc123 的期。');
  });
});

describe('the parser and importers speak in codes', () => {
  it('a bulletin with doubts yields warning codes with parameters, not prose', () => {
    const issue = parseBulletin(
      ['科技简报', '2024 年第 1 期', '★ 第一篇文章的标题在这里5', '★ 正文中找不到的文章标题12', '第一篇文章的标题在这里', '正文。'].join('\n'),
    );
    expect(issue.warnings.length).toBeGreaterThan(0);
    for (const warning of issue.warnings) {
      expect(ArchiveMessageSchema.parse(warning)).toEqual(warning);
      expect(warning.code).not.toBe('legacy');
    }
    expect(issue.warnings).toContainEqual({ code: 'toc-entry-unmatched', title: '正文中找不到的文章标题', page: 12 });
  });

  it.each([
    ['a PDF', 'tests/fixtures/pdf/SimFang-variant.pdf', 'pdf'],
    ['a Word file', 'tests/fixtures/docx/external-picture.docx', 'docx'],
  ] as const)('%s that is not a bulletin is told so by its kind, never sent to find a .txt file', async (_label, file, kind) => {
    const bytes = readFileSync(path.resolve(file));
    // Read as a document (nothing is refused for its shape); importing it alone is refused with advice.
    const error = documentRefusal(path.basename(file), await readBulletin(path.basename(file), bytes));
    expect(error).toBeInstanceOf(ArchiveError);
    const said = error?.said;
    expect(said).toMatchObject({ code: 'document-needs-review', kind });
    for (const locale of ['zh', 'en'] as const) expect(sayMessage(locale, said!)).not.toMatch(/\.txt/);
  });
});
