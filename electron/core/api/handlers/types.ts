import type { z } from 'zod';
import type { ApiMethod, ApiOutputs, contract } from '../../../../shared/contract';
import type { Caller } from '../../../../shared/people';

/** The input a handler receives: already parsed by the method's strict schema. */
export type ParsedInput<M extends ApiMethod> = z.output<(typeof contract)[M]['input']>;

/** `caller` is who asked (issue 18): the desktop keeper, or a reading-room account; most handlers ignore it. */
export type Handler<M extends ApiMethod> = (input: ParsedInput<M>, caller: Caller) => Promise<ApiOutputs[M]>;

export type Handlers = { readonly [M in ApiMethod]: Handler<M> };

/** The handlers of one area of the contract. */
export type AreaHandlers<M extends ApiMethod> = { readonly [K in M]: Handler<K> };
