/**
 * Growing the typed arrays the index is built in. Each lives in a resizable ArrayBuffer that grows in place, so
 * growing neither copies it nor leaves the old buffer behind until the collector gets to it: at 100,000 articles
 * those dead buffers, each as large as the live data it was copied from, were a large part of the index thread's
 * peak memory (docs/performance.md). Only the pages written to are resident, so a large capacity costs nothing.
 */

/** The largest a buffer may grow (the address space is reserved, not the memory). */
const MAX_BYTES = 2 ** 32;

type Grows = Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer>;
/** Int32Array or Uint32Array, as a constructor of views. */
type Kind<T extends Grows> = { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number };

/** A zeroed array of `length` numbers that `grown` can grow in place. */
export function growable<T extends Grows>(kind: Kind<T>, length: number): T {
  const bytes = length * kind.BYTES_PER_ELEMENT;
  return new kind(new ArrayBuffer(bytes, { maxByteLength: Math.max(bytes, MAX_BYTES) }), 0, length);
}

/**
 * The array with room for at least `length` numbers (twice as many as it has by default): its buffer resized, the
 * new numbers zero, the contents kept.
 */
export function grown<T extends Grows>(array: T, length = 2 * array.length): T {
  const kind = array.constructor as Kind<T>;
  const bytes = length * kind.BYTES_PER_ELEMENT;
  const buffer = array.buffer;
  if (buffer.resizable && array.byteOffset === 0 && bytes <= buffer.maxByteLength) {
    buffer.resize(bytes);
    return new kind(buffer, 0, length);
  }
  const bigger = growable(kind, length);
  bigger.set(array);
  return bigger;
}
