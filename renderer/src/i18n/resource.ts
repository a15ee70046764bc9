import type { zhCN } from './zh-CN';

/** Every locale has exactly the keys of the Chinese one (the default), with its own strings. */
type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Resource = Widen<typeof zhCN>;
