import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Reads files one after another into a single reused buffer, so reading ten thousand files allocates nothing per file
 * (fresh buffers each time cost more in garbage collection than the reading). A result is valid until the next read.
 */
export class BytesReader {
  private buffer = Buffer.allocUnsafe(64 * 1024);

  read(path: string): Uint8Array {
    const fd = openSync(path, 'r');
    try {
      let length = 0;
      for (;;) {
        if (length === this.buffer.length) this.buffer = Buffer.concat([this.buffer], this.buffer.length * 2);
        const read = readSync(fd, this.buffer, length, this.buffer.length - length, null);
        if (read === 0) return this.buffer.subarray(0, length);
        length += read;
      }
    } finally {
      closeSync(fd);
    }
  }
}
