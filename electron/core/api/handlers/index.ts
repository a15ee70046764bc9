import type { ApiContext } from '../context';
import { annotationHandlers } from './annotations';
import { exportHandlers } from './export';
import { importHandlers } from './import';
import { libraryHandlers } from './library';
import { searchHandlers } from './search';
import { seriesHandlers } from './series';
import { catalogueHandlers } from './catalogue';
import { packageHandlers } from './package';
import { peopleHandlers } from './people';
import { scanHandlers } from './scan';
import type { Handlers } from './types';
import { unplacedHandlers } from './unplaced';

export type { Handlers, ParsedInput } from './types';

/** Every method of the contract, by area; the type check makes sure none is missing. */
export function createHandlers(context: ApiContext): Handlers {
  return {
    ...libraryHandlers(context),
    ...searchHandlers(context),
    ...importHandlers(context),
    ...annotationHandlers(context),
    ...exportHandlers(context),
    ...unplacedHandlers(context),
    ...seriesHandlers(context),
    ...catalogueHandlers(context),
    ...packageHandlers(context),
    ...scanHandlers(context),
    ...peopleHandlers(context),
  } satisfies Handlers;
}
