import { analyse } from 'chardet';
import { countReplacements, scoreChineseText } from './score';

export type LegacyChineseEncoding = 'gb18030' | 'big5';

export interface LegacyDecoding {
  encoding: LegacyChineseEncoding;
  text: string;
  score: number;
}

// Scores closer than this are a tie; chardet's byte statistics then decide.
const TIE_MARGIN = 0.05;

/**
 * Chooses between GB18030 and Big5 for bytes that are not UTF-8. Both decoders accept
 * most byte strings, so each candidate is judged by how much of its output is common
 * Chinese; chardet only breaks ties (it is unreliable on short input).
 */
export function decodeLegacyChinese(bytes: Uint8Array): LegacyDecoding {
  const gb = decodeWith('gb18030', bytes);
  const big5 = decodeWith('big5', bytes);
  if (Math.abs(gb.score - big5.score) > TIE_MARGIN) return gb.score > big5.score ? gb : big5;
  const fewerReplacements = countReplacements(gb.text) - countReplacements(big5.text);
  if (fewerReplacements !== 0) return fewerReplacements < 0 ? gb : big5;
  return chardetPrefersBig5(bytes) ? big5 : gb;
}

function decodeWith(encoding: LegacyChineseEncoding, bytes: Uint8Array): LegacyDecoding {
  const text = new TextDecoder(encoding).decode(bytes);
  return { encoding, text, score: scoreChineseText(text) };
}

function chardetPrefersBig5(bytes: Uint8Array): boolean {
  const confidence = (name: string): number => analyse(bytes).find((match) => match.name === name)?.confidence ?? 0;
  return confidence('Big5') > confidence('GB18030');
}
