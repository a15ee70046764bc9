import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeBulletinBytes } from '../../../electron/core/encoding/decode';
import { parseBulletin } from '../../../electron/core/parser/index';
import type { ParsedIssue } from '../../../shared/bulletin';

const folder = fileURLToPath(new URL('../../fixtures/layouts/', import.meta.url));

/** The text of a layout fixture, decoded as an import would. */
export function layoutFixtureText(name: string): string {
  const decoded = decodeBulletinBytes(readFileSync(`${folder}${name}`));
  if (!decoded.ok) throw new Error(`${name}: ${decoded.message}`);
  return decoded.text;
}

export function parseLayoutFixture(name: string): ParsedIssue {
  return parseBulletin(layoutFixtureText(name));
}

export const layoutFixtureNames = (): string[] => readdirSync(folder).filter((name) => name.endsWith('.txt'));

/** The masthead fields of a parse, the part every layout test compares. */
export const mastheadFieldsOf = (issue: ParsedIssue): Partial<ParsedIssue> => ({
  series: issue.series,
  year: issue.year,
  number: issue.number,
  numberTo: issue.numberTo,
  supplement: issue.supplement,
  totalNumber: issue.totalNumber,
  date: issue.date,
  publisher: issue.publisher,
  editor: issue.editor,
  reviewer: issue.reviewer,
  phone: issue.phone,
});
