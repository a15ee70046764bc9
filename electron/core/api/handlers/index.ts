import type { ApiContext } from '../context';
import { importHandlers } from './import';
import { libraryHandlers } from './library';
import type { Handlers } from './types';

export type { Handlers, ParsedInput } from './types';

/** Every method of the contract, by area; the type check makes sure none is missing. */
export function createHandlers(context: ApiContext): Handlers {
  return {
    ...libraryHandlers(context),
    ...importHandlers(context),
  } satisfies Handlers;
}
