/**
 * An open-addressing hash table from index key to a dense slot number, in typed arrays: the
 * builder looks up every unit and pair of a library's text (tens of millions of look-ups), which
 * a JavaScript Map makes several times slower.
 */
export class KeyTable {
  private keys: Uint32Array;
  private slots: Int32Array;
  private mask: number;
  private shift: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    const size = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys = new Uint32Array(size);
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
  }

  /** Fibonacci hashing takes the product's high bits: the low ones see only the key's low bits. */
  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The slot of `key`, created if new. Key 0 is never used (U+0000 is never indexed). */
  slotOf(key: number): number {
    let at = this.home(key);
    for (;;) {
      const slot = this.slots[at] ?? -1;
      if (slot < 0) break;
      if (this.keys[at] === key) return slot;
      at = (at + 1) & this.mask;
    }
    this.keys[at] = key;
    this.slots[at] = this.size;
    this.size++;
    if (this.size * 2 > this.keys.length) this.grow();
    return this.size - 1;
  }

  /** Every key by slot number. */
  keysBySlot(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let at = 0; at < this.keys.length; at++) {
      const slot = this.slots[at] ?? -1;
      if (slot >= 0) out[slot] = this.keys[at] ?? 0;
    }
    return out;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldSlots = this.slots;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.slots = new Int32Array(oldKeys.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    this.shift--;
    for (let i = 0; i < oldKeys.length; i++) {
      const slot = oldSlots[i] ?? -1;
      if (slot < 0) continue;
      const key = oldKeys[i] ?? 0;
      let at = this.home(key);
      while ((this.slots[at] ?? -1) >= 0) at = (at + 1) & this.mask;
      this.keys[at] = key;
      this.slots[at] = slot;
    }
  }
}
