/**
 * What the last build wrote of the search payload, so that a rebuild writes only what changed: per file (relative to
 * the output folder), a hash of its bytes and the stamp of the file written (inode, size, modification time). A file
 * with the same bytes is left where the previous build put it only if the file found there still has that stamp: the
 * output store moves and hard-links files between the site's copies, which keeps the stamp, while any file written
 * or replaced since has another. A document's fragment is recorded by what it is made of and the code that makes it
 * (`fragmentPrint`), so that one found unchanged need not even be made; other files by their bytes. With them, the
 * totals the payload was made from (`PayloadState`), so that a build that only appends documents can make the files
 * they change from the files before (append-index.ts). One checksummed src/cache entry; stamps are facts about files,
 * and fingerprints and the state name their code, so the entry needs no code version of its own.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { cacheKey, codeVersion } from './key.mjs';
import { CacheStore } from './store.mjs';
import { analysisVersion } from './terms-cache.ts';
import type { IndexTotals } from '../search/append-index.ts';

export const PAYLOAD_RECORD_ENTRY = 'payload.v8';

interface Written {
  hash: string;
  stamp: string;
}

/** What the last build's payload was made from besides its documents' fragments (recorded by their prints). */
export interface PayloadState extends IndexTotals {
  /** Its number of documents. */
  count: number;
  /** The key of the registry it numbered facet values by. */
  registry: string;
}

interface Stored {
  files: Map<string, Written>;
  state: (PayloadState & { code: string }) | undefined;
}

export const stampOf = (stats: Pick<Stats, 'ino' | 'size' | 'mtimeMs'>) => `${stats.ino}:${stats.size}:${stats.mtimeMs}`;

/** A file's fingerprint by its bytes, in the one key scheme of every cache. */
export const hashOf = (content: string) => cacheKey('search payload file', content);

let fragmentCode: string | undefined;

/** The code that makes a fragment: the body's analysis (terms-cache.ts) and the index's modules (src/search). */
function fragmentVersion(): string {
  if (fragmentCode === undefined) {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    fragmentCode = cacheKey(analysisVersion(), codeVersion(root, [relative(root, fileURLToPath(new URL('../search', import.meta.url)))]));
  }
  return fragmentCode;
}

/** Whether `folder` holds `path` as the file recorded as `written` (by its stamp). */
function isAsWritten(folder: string, path: string, written: Written): boolean {
  const stats = statSync(join(folder, path), { throwIfNoEntry: false });
  return stats?.isFile() === true && stampOf(stats) === written.stamp;
}

export class PayloadRecord {
  private readonly store: CacheStore;
  private readonly previous: Map<string, Written>;
  private readonly current = new Map<string, Written>();
  /** A folder whose recorded files were checked ahead (`checkAhead`), and those of them it holds as written. */
  private checked: { folder: string; asWritten: Set<string> } | undefined;
  /** The last build's state, if made by this code. */
  readonly state: PayloadState | undefined;

  constructor(dir: string) {
    // Kept in the terms cache's folder, whose owner prunes it (terms-cache.ts).
    this.store = new CacheStore(dir, { kind: 'search payload record', version: '3' });
    const stored = this.store.readSync(PAYLOAD_RECORD_ENTRY, (payload) => {
      const value = deserialize(payload) as Partial<Stored> | null;
      if (!(value?.files instanceof Map)) throw new Error('not a payload record');
      return value as Stored;
    });
    this.previous = stored?.files ?? new Map();
    const { code, ...state } = stored?.state ?? { code: undefined };
    this.state = code === fragmentVersion() ? (state as PayloadState) : undefined;
  }

  /** The paths the last build recorded. */
  paths(): string[] {
    return [...this.previous.keys()];
  }

  /** The hash or fingerprint the last build recorded for `path`. */
  recorded(path: string): string | undefined {
    return this.previous.get(path)?.hash;
  }

  /** The content of `path` in `folder` if it is the file the last build wrote there, with its bytes. */
  read(folder: string, path: string): string | undefined {
    const written = this.previous.get(path);
    if (!written || !this.holdsAsWritten(folder, path, written)) return undefined;
    const content = readFileSync(join(folder, path), 'utf8');
    return hashOf(content) === written.hash ? content : undefined;
  }

  /**
   * Whether `folder` holds `path` as the last build wrote it, with this content's hash; if so it is recorded again as
   * this build's.
   */
  keeps(folder: string, path: string, hash: string): boolean {
    const written = this.previous.get(path);
    if (written?.hash !== hash) return false;
    if (!this.holdsAsWritten(folder, path, written)) return false;
    this.current.set(path, written);
    return true;
  }

  /** `isAsWritten`, answered by the check made ahead when it was made in `folder`. */
  private holdsAsWritten(folder: string, path: string, written: Written): boolean {
    return this.checked?.folder === folder ? this.checked.asWritten.has(path) : isAsWritten(folder, path, written);
  }

  /**
   * Checks now which recorded files `folder` holds as the last build wrote them, for `keeps` and `read` in that
   * folder: the index thread does it while it waits for the archive, not after (docs/performance.md).
   */
  checkAhead(folder: string): void {
    const asWritten = new Set<string>();
    for (const [path, written] of this.previous) if (isAsWritten(folder, path, written)) asWritten.add(path);
    this.checked = { folder, asWritten };
  }

  /**
   * Whether `folder` holds `path` with exactly `content`, though not as recorded (the record is lost, or was made by
   * other code, whose fingerprints differ for the same bytes); if so that file is recorded as this build's, with
   * `hash`. Written again instead, the file would reach the site only as a copy the output store leaves out (it
   * holds those bytes already), and the record would name a file the site never gets: every later build would make
   * the whole payload again.
   */
  adopts(folder: string, path: string, content: string, hash: string): boolean {
    const file = join(folder, path);
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile() || stats.size !== Buffer.byteLength(content) || readFileSync(file, 'utf8') !== content) return false;
    this.current.set(path, { hash, stamp: stampOf(stats) });
    return true;
  }

  /** The fingerprint of a fragment made from `inputs` (build-index.ts `hasFragment`). */
  fragmentPrint(inputs: readonly string[]): string {
    return cacheKey('search fragment', fragmentVersion(), ...inputs);
  }

  /** Records a file this build wrote. */
  wrote(path: string, hash: string, stamp: string): void {
    this.current.set(path, { hash, stamp });
  }

  /** Replaces the record with this build's files and the state they were made from. */
  save(state: PayloadState): void {
    this.store.writeSync(PAYLOAD_RECORD_ENTRY, serialize({ files: this.current, state: { ...state, code: fragmentVersion() } } satisfies Stored));
  }
}
