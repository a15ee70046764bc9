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
