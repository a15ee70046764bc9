// subset-font 2.9 ships no types; only the call the print fonts make is declared.
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    noHinting?: boolean;
  }
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}

// fontverter (subset-font's own dependency) ships no types either: WOFF2 → sfnt, once per face.
declare module 'fontverter' {
  export function convert(font: Uint8Array, format: 'sfnt' | 'truetype' | 'woff' | 'woff2'): Promise<Buffer>;
}
