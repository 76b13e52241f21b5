// @ts-check
/**
 * Cache entries that cannot lie. Every cache of the build keeps its entries through a `CacheStore`:
 *
 *   const store = new CacheStore(folder, { kind: 'render cache', version: RENDERER_VERSION });
 *   const value = store.readSync(name, deserialize);   // undefined: missing, other version, or damaged (dropped)
 *   store.writeSync(name, serialize(value));           // atomic; false when the disk refused it
 *   await store.read(name, decode); await store.write(name, data);
 *   store.prune((name) => keep);                       // only in a folder marked as the cache's own (folder.mjs)
 *
 * An entry is one file: a header line `arsip-cache/1 <json>` naming the kind, the version of the code that wrote it,
 * the payload's length and SHA-256, then the payload. A read checks all four (and that `decode` accepts the payload):
 * a truncated, bit-flipped or garbage entry is dropped and its caller rebuilds it, with one warning line per store
 * (a store lives for one build). An entry of another version is dropped silently: that is a normal change of code.
 * A failed write (full disk, EACCES, a read-only folder) prints one warning line and turns off writing for the rest of
 * the build, which goes on without caching: a cache can make a build faster, never fail it or change its output.
 * Keys for entry names come from `cacheKey` (key.mjs). Plain JavaScript: src/compiled/run-compiled.mjs needs it before
 * TypeScript can load.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically, writeFileAtomicallySync } from '../fs/write-atomically.mjs';
import { isCacheFolder, makeCacheFolder, MARKER } from './folder.mjs';

const MAGIC = 'arsip-cache/1 ';
/** Temporary files of writes this old are left over from killed builds; younger ones may be another build's, in flight. */
const LEFTOVER_MS = 10 * 60 * 1000;

/** @typedef {string | NodeJS.ArrayBufferView} Payload */
/** @typedef {(line: string) => void} Warn */
/** @typedef {{ kind: string, version: string, warn?: Warn }} StoreOptions */
/** @typedef {{ kind: string, version: string, length: number, sha256: string }} Header */

const sha256 = (/** @type {Uint8Array} */ bytes) => createHash('sha256').update(bytes).digest('hex');

/** @param {Payload} data @returns {Buffer} */
const toBuffer = (data) => (typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength));

/**
 * The bytes of an entry holding `data`.
 * @param {string} kind @param {string} version @param {Payload} data @returns {Buffer}
 */
export function encodeEntry(kind, version, data) {
  return Buffer.concat(entryParts(kind, version, data));
}

/**
 * The bytes of an entry as its header line and its payload, written one after the other: joined, a large entry (the
 * search terms cache) would be copied once more. @param {string} kind @param {string} version @param {Payload} data
 * @returns {[Buffer, Buffer]}
 */
function entryParts(kind, version, data) {
  const payload = toBuffer(data);
  /** @type {Header} */
  const header = { kind, version, length: payload.byteLength, sha256: sha256(payload) };
  return [Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`), payload];
}

/**
 * The payload of an entry's bytes; `stale` for another version's entry, else why the entry is damaged.
 * @param {Buffer} bytes @param {string} kind @param {string} version
 * @returns {{ payload: Buffer } | { stale: true } | { damaged: string }}
 */
export function decodeEntry(bytes, kind, version) {
  const newline = bytes.indexOf(10);
  if (newline < 0 || bytes.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) return { damaged: 'no entry header' };
  /** @type {Partial<Header>} */
  let header;
  try {
    header = JSON.parse(bytes.subarray(MAGIC.length, newline).toString('utf8'));
  } catch {
    return { damaged: 'unreadable entry header' };
  }
  if (header?.kind !== kind) return { damaged: 'entry of another cache' };
  const payload = bytes.subarray(newline + 1);
  if (payload.byteLength !== header.length) return { damaged: `${payload.byteLength} bytes where the header says ${header.length}` };
  if (sha256(payload) !== header.sha256) return { damaged: 'checksum mismatch' };
  // Checked last: a damaged header could name another version, and damage must not pass for a change of code.
  if (header.version !== version) return { stale: true };
  return { payload };
}

export class CacheStore {
  /** Whether a damaged entry was reported already; the first failed write turns writing off. */
  #warnedDamage = false;
  #writing = true;
  #ready = false;

  /** @param {string} folder @param {StoreOptions} options */
  constructor(folder, { kind, version, warn = (line) => console.warn(line) }) {
    this.folder = folder;
    this.kind = kind;
    this.version = version;
    this.warn = warn;
  }

  /** @param {string} name */
  path(name) {
    return join(this.folder, name);
  }

  /**
   * The payload of entry `name`, decoded; undefined when it is missing, of another version or damaged.
   * @template [T=Buffer] @param {string} name @param {(payload: Buffer) => T} [decode] @returns {T | undefined}
   */
  readSync(name, decode) {
    /** @type {Buffer} */
    let bytes;
    try {
      bytes = readFileSync(this.path(name));
    } catch {
      return undefined; // missing, or unreadable: rebuilt either way
    }
    return this.#open(name, bytes, decode);
  }

  /** @template [T=Buffer] @param {string} name @param {(payload: Buffer) => T} [decode] @returns {Promise<T | undefined>} */
  async read(name, decode) {
    /** @type {Buffer} */
    let bytes;
    try {
      bytes = await readFile(this.path(name));
    } catch {
      return undefined;
    }
    return this.#open(name, bytes, decode);
  }

  /** Replaces entry `name` whole; false when writing failed or was turned off. @param {string} name @param {Payload} data */
  writeSync(name, data) {
    if (!this.#writing) return false;
    try {
      this.#prepare();
      writeFileAtomicallySync(this.path(name), entryParts(this.kind, this.version, data));
      return true;
    } catch (error) {
      return this.#failedWrite(name, error);
    }
  }

  /** @param {string} name @param {Payload} data @returns {Promise<boolean>} */
  async write(name, data) {
    if (!this.#writing) return false;
    try {
      this.#prepare();
      await writeFileAtomically(this.path(name), entryParts(this.kind, this.version, data));
      return true;
    } catch (error) {
      return this.#failedWrite(name, error);
    }
  }

  /**
   * Removes what `keep` rejects (entries no longer used, leftovers of earlier layouts and of killed writes), but only
   * when the folder is marked as this cache's own: a folder that held other things before is never pruned.
   * @param {(name: string) => boolean} keep
   */
  prune(keep) {
    if (!isCacheFolder(this.folder)) return;
    try {
      for (const name of readdirSync(this.folder)) {
        if (name === MARKER) continue;
        const path = this.path(name);
        const leftover = name.endsWith('.tmp') && Date.now() - statSync(path).mtimeMs > LEFTOVER_MS;
        if (leftover || (!name.endsWith('.tmp') && !keep(name))) rmSync(path, { recursive: true, force: true });
      }
    } catch (error) {
      this.#failedWrite('', error);
    }
  }

  /** @template T @param {string} name @param {Buffer} bytes @param {((payload: Buffer) => T) | undefined} decode */
  #open(name, bytes, decode) {
    const entry = decodeEntry(bytes, this.kind, this.version);
    if ('stale' in entry) return undefined;
    if ('damaged' in entry) return this.#damaged(name, entry.damaged);
    try {
      return decode ? decode(entry.payload) : /** @type {T} */ (/** @type {unknown} */ (entry.payload));
    } catch (error) {
      return this.#damaged(name, `unreadable payload (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  /** @param {string} name @param {string} why @returns {undefined} */
  #damaged(name, why) {
    if (!this.#warnedDamage) {
      this.#warnedDamage = true;
      this.warn(`warning: ${this.kind}: dropped the damaged entry ${this.path(name)} (${why}); it is rebuilt, and so is any other damaged entry of this cache`);
    }
    return undefined;
  }

  /** The folder is made (and marked, when new) on the first write. */
  #prepare() {
    if (this.#ready) return;
    makeCacheFolder(this.folder);
    this.#ready = true;
  }

  /** @param {string} name @param {unknown} error @returns {false} */
  #failedWrite(name, error) {
    // Writes side by side may all fail before the first failure turns writing off: one line for all of them.
    if (!this.#writing) return false;
    this.#writing = false;
    const code = /** @type {{ code?: unknown }} */ (error)?.code;
    const why = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
    this.warn(`warning: ${this.kind}: cannot write ${name ? this.path(name) : this.folder} (${why}); this build goes on without caching`);
    return false;
  }
}
