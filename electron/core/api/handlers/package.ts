import type { packageMethods } from '../../../../shared/contract/package';
import type { ApiContext } from '../context';
import type { AreaHandlers } from './types';

/** Packages and backups as jobs (issue 15): being built. */
export function packageHandlers(context: ApiContext): AreaHandlers<keyof typeof packageMethods> {
  void context;
  const notYet = (): never => {
    throw new Error('packages: being built (issue 15)');
  };
  return {
    'package.export': async () => notYet(),
    'package.verify': async () => notYet(),
    'package.import': async () => notYet(),
    'backup.status': async () => notYet(),
    'backup.create': async () => notYet(),
    'jobs.status': async () => notYet(),
    'jobs.cancel': async () => notYet(),
  };
}
