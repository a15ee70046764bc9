import type * as NapiCanvas from '@napi-rs/canvas';

/**
 * @napi-rs/canvas is a native module: loaded on first use (an image to read or a page to draw),
 * so the main process starts without it, as it starts without pdf.js (main-bundle.test.ts).
 */
let loaded: Promise<typeof NapiCanvas> | null = null;

export function nativeCanvas(): Promise<typeof NapiCanvas> {
  loaded ??= import('@napi-rs/canvas');
  return loaded;
}
