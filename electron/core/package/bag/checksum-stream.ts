import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';

/**
 * Bytes pass through unchanged while their SHA-256 and count are taken, so a file is read once:
 * hashed on its way into the bag, and on its way through a check.
 */
export class ChecksumStream extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;
  private digest: string | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    done();
  }

  /** The hex SHA-256 of everything that passed; only once the stream has ended. */
  get sha256(): string {
    if (this.digest === null) throw new Error('ChecksumStream: read before the end of the stream');
    return this.digest;
  }
}
