/**
 * Splits text into trimmed lines. Leading full-width indentation and the spaces PDF
 * extraction leaves at line ends are layout, not content; spaces inside a line are kept.
 */
export function splitLines(text: string): string[] {
  return text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim()); // `trim` removes what `\s` matches, U+3000 included
}
