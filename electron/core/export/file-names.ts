import type { ArticleMeta, Issue } from '../../../shared/catalog';

/**
 * File names for exports, safe on every system the archive is copied to (Windows above all):
 * built from the issue and the title, never empty, never a reserved device name, no character
 * Windows forbids, no invisible direction override, at most 255 bytes in UTF-8 and always
 * ending in the extension asked for. Popular sanitisers get some of these wrong (one turns
 * `CON` into an empty name, another keeps 292-byte Chinese names), hence this file and its tests.
 */

export const MAX_FILE_NAME_BYTES = 255;
const FALLBACK_STEM = 'bulletin';

/** Forbidden by Windows, plus the C0 controls and DEL. */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
/** Direction overrides, isolates and marks: they make `exe.txt` look like `txt.exe`. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Device names Windows reserves with any extension: `CON`, `con.txt`, `LPT1.tar.gz`, `COM¹`. */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * `stem` made safe, then `.ext` appended. `ext` is the format's own extension (`pdf`,
 * `tar.gz`); it is trusted to be short and plain, and it is always kept whole.
 */
export function safeFileName(stem: string, ext: string): string {
  const suffix = ext === '' ? '' : `.${ext.replace(/^\.+/, '')}`;
  let clean = stem.normalize('NFC').replace(INVISIBLE, '').replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim();
  // Windows drops trailing dots and spaces (`报告.` becomes `报告`); a leading dot hides the file.
  clean = clean.replace(/^[. ]+/, '').replace(/[. ]+$/, '');
  if (clean === '') clean = FALLBACK_STEM;
  const firstPart = clean.split('.')[0] ?? clean;
  if (RESERVED.test(firstPart.trim())) clean = `_${clean}`;
  clean = truncateToBytes(clean, MAX_FILE_NAME_BYTES - utf8Length(suffix));
  clean = clean.replace(/[. ]+$/, '');
  if (clean === '') clean = FALLBACK_STEM;
  return `${clean}${suffix}`;
}

/** `科技情报参考 2024年第3期`: the stem an issue's files are named by. */
export function issueFileStem(issue: Pick<Issue, 'series' | 'year' | 'number' | 'totalNumber'>): string {
  const year = issue.year !== null ? `${issue.year}年` : '';
  const number = issue.number !== null ? `第${issue.number}期` : issue.totalNumber !== null ? `总第${issue.totalNumber}期` : '';
  return [issue.series, `${year}${number}`].filter((part) => part !== '').join(' ');
}

/** `科技情报参考 2024年第3期 - 武汉出台促进科技成果转化20条新政` */
export function articleFileStem(
  issue: Pick<Issue, 'series' | 'year' | 'number' | 'totalNumber'>,
  article: Pick<ArticleMeta, 'title'>,
): string {
  return `${issueFileStem(issue)} - ${article.title}`;
}

/**
 * A name not in `taken` (compared case-insensitively, as Windows and macOS do): `名 (2).pdf`,
 * `名 (3).pdf`… The counter goes before the extension and the byte limit still holds.
 */
export function uniqueFileName(stem: string, ext: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((name) => name.toLowerCase()));
  let name = safeFileName(stem, ext);
  for (let n = 2; lower.has(name.toLowerCase()); n += 1) {
    const counter = ` (${n})`;
    const base = safeFileName(stem, '');
    name = safeFileName(`${truncateToBytes(base, MAX_FILE_NAME_BYTES - utf8Length(counter) - utf8Length(`.${ext}`))}${counter}`, ext);
  }
  return name;
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** Cut at a character boundary (whole grapheme clusters: no lone surrogate, no orphaned accent). */
function truncateToBytes(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let out = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = utf8Length(segment);
    if (used + size > maxBytes) break;
    out += segment;
    used += size;
  }
  return out;
}
