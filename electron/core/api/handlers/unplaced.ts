import type { unplacedMethods } from '../../../../shared/contract/unplaced';
import { discardUnplacedLine, placeUnplacedLine, unplacedText } from '../../library/unplaced-text';
import type { ApiContext } from '../context';
import type { AreaHandlers } from './types';

export function unplacedHandlers({ library }: ApiContext): AreaHandlers<keyof typeof unplacedMethods> {
  return {
    'issues.unplaced': async ({ issueId }) => unplacedText(library, issueId),
    'issues.placeUnplaced': async ({ issueId, line, articleId }) => placeUnplacedLine(library, issueId, line, articleId),
    'issues.discardUnplaced': async ({ issueId, line }) => discardUnplacedLine(library, issueId, line),
  };
}
