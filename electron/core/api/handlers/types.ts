import type { z } from 'zod';
import type { ApiMethod, ApiOutputs, contract } from '../../../../shared/contract';

/** The input a handler receives: already parsed by the method's strict schema. */
export type ParsedInput<M extends ApiMethod> = z.output<(typeof contract)[M]['input']>;

export type Handler<M extends ApiMethod> = (input: ParsedInput<M>) => Promise<ApiOutputs[M]>;

export type Handlers = { readonly [M in ApiMethod]: Handler<M> };

/** The handlers of one area of the contract. */
export type AreaHandlers<M extends ApiMethod> = { readonly [K in M]: Handler<K> };
