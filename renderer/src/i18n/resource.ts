import type { zhCN } from './zh-CN';

/**
 * Every locale has the keys of the Chinese one (the default), with its own strings. A count is
 * said through i18next plurals: Chinese has one form, `key_other`; for each of those every
 * other locale must also give `key_one` (English "1 issue" / "2 issues").
 */
export type Translation<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> } & {
  -readonly [K in keyof T as K extends `${infer Base}_other` ? `${Base}_one` : never]: string;
};
export type Resource = Translation<typeof zhCN>;
