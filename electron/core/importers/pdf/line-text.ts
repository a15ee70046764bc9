import type { TextRun } from './text-runs';

// Han ideographs (including the Kangxi radicals pdf.js maps some Noto glyphs to) and CJK
// punctuation: text that is never separated by spaces between its characters.
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}%.,;:)\]]/u;
const LATIN_OR_DIGIT_START = /[\p{Script=Latin}\p{Nd}(\[]/u;
// A lone character spaced out for display (`目 录`, `全 世 界`), with punctuation attached.
const SINGLE_CJK_TOKEN = /^[（(“「『《]?\p{Script=Han}[，。、：；！？）)”」』》]?$/u;

/** Gap between runs, in ems, above which it is a real gap between words or fields. */
const WIDE_GAP_EM = 0.8;
/** Smaller gaps still separate Latin words and numbers, which are typeset with spaces. */
const WORD_GAP_EM = 0.15;
const FIELD_GAP = '  ';

/**
 * The text of one line from its runs, left to right. A space goes between runs only where
 * the page shows one (a whitespace run, a wide gap, or a word gap between Latin or digits);
 * never between Chinese characters, whose spacing is justification, not words.
 */
export function lineText(runs: readonly TextRun[]): string {
  let text = '';
  let previous: TextRun | null = null;
  for (const run of runs) {
    if (run.text.trim() === '') {
      // A whitespace run stands for the gap it spans: a word space, or a wide field gap.
      text += (run.xEnd - run.x) / run.size > WIDE_GAP_EM ? FIELD_GAP : ' ';
    } else {
      if (previous !== null) text += gapBetween(previous, run);
      text += run.text;
    }
    previous = run;
  }
  return closeLetterSpacing(normaliseSpaces(text));
}

/**
 * Single spaces stay single; longer runs (wide gaps, ideographic spaces) become two spaces,
 * which mark separate fields on one line (`编辑：王 芳    审核：张建国`) and are never closed up.
 */
function normaliseSpaces(text: string): string {
  return text.replace(/[ \t\u00a0\u3000]+/g, (run) => (run === ' ' || run === '\t' || run === '\u00a0' ? ' ' : FIELD_GAP)).trim();
}

function gapBetween(left: TextRun, right: TextRun): string {
  if (/\s$/.test(left.text) || /^\s/.test(right.text)) return '';
  const gap = (right.x - left.xEnd) / Math.max(left.size, right.size);
  if (gap > WIDE_GAP_EM) return FIELD_GAP;
  const last = left.text.at(-1) ?? '';
  const first = right.text[0] ?? '';
  return gap > WORD_GAP_EM && LATIN_OR_DIGIT.test(last) && LATIN_OR_DIGIT_START.test(first) ? ' ' : '';
}

/**
 * pdf.js writes a space wherever glyphs are spread apart, so letter-spaced titles come out as
 * `全 世 界 无 产 者`. A space between two Chinese characters is dropped when one side is a
 * lone character; spaces between longer phrases (`科技投入再加大 支持力度前所未有`) stay.
 */
export function closeLetterSpacing(line: string): string {
  const parts = line.split(/( )/);
  let out = '';
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    if (i % 2 === 1) {
      const left = parts[i - 1] ?? '';
      const right = parts[i + 1] ?? '';
      const bothCjk = CJK.test(left.at(-1) ?? '') && CJK.test(right[0] ?? '');
      if (bothCjk && (SINGLE_CJK_TOKEN.test(left) || SINGLE_CJK_TOKEN.test(right))) continue;
    }
    out += part;
  }
  return out;
}
