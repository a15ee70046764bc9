import { createHash } from 'node:crypto';

/**
 * The pages measured by a first pass, kept by the exact HTML that was measured: the print view
 * measures a document, and exporting the same document (same articles, options, highlights)
 * reuses the numbers instead of printing it in Chromium again. Keyed by content, so any change
 * (an edit, another font size) is simply a new entry; the oldest are forgotten.
 */
export class MeasuredPages {
  private readonly entries = new Map<string, ReadonlyMap<string, number>>();

  constructor(private readonly capacity = 16) {}

  get(html: string): ReadonlyMap<string, number> | undefined {
    const key = keyOf(html);
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(html: string, pages: ReadonlyMap<string, number>): void {
    this.entries.set(keyOf(html), pages);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

function keyOf(html: string): string {
  return createHash('sha256').update(html).digest('hex');
}
