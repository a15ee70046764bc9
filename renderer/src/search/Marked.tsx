import type { TextRange } from '../../../shared/search';
import { markPieces } from './text-marks';

/** Text with its matching stretches in <mark>: built from the ranges, React text only. */
export function Marked({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return (
    <>
      {markPieces(text, ranges).map((piece, index) =>
        piece.mark ? (
          <mark key={index} className="search-mark">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
