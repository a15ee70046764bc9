import type { ApiContext } from '../context';
import type { AreaHandlers } from './types';

type ScanMethod = 'scan.get' | 'scan.pageImage';

/** Scanned issues (issue 16). Placeholder until the OCR reader lands: nothing is scanned yet. */
export function scanHandlers(_context: ApiContext): AreaHandlers<ScanMethod> {
  return {
    'scan.get': async () => null,
    'scan.pageImage': async () => {
      throw new Error('scan.pageImage: not built yet');
    },
  };
}
