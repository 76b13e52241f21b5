import type { Stats } from 'node:fs';

/**
 * How long a file must have gone unchanged, before it is read, for its status to stand for its bytes. A write in the
 * same tick of the file system's clock as the recorded one would leave the status as it was ("racy git"); ext4 ticks
 * every few milliseconds, FAT every two seconds.
 */
export const SETTLED_MS = 2000;

/** Path → `<status>\0<content key>`. */
export type FileKeyRecord = Map<string, string>;

/**
 * Content keys of files whose status (device, inode, size, modification and change times) is unchanged since they
 * were read and hashed, as git's index does for a working tree: a rebuild stats files instead of reading and hashing
 * them (docs/performance.md). Any write sets a file's change time to the present, so a file whose change
 * time was already `SETTLED_MS` old when it was read cannot change again without its status changing too; a file
 * changed more recently is read again next time, and recorded then.
 */
export class FileKeys {
  private readonly current: FileKeyRecord = new Map();
  private changed = false;

  constructor(private readonly recorded: FileKeyRecord) {}

  /** The key recorded for the file at `path` with this status, if any. */
  known(path: string, status: Stats): string | undefined {
    const entry = this.recorded.get(path);
    const signature = signatureOf(status);
    if (entry === undefined || !entry.startsWith(signature) || entry.charAt(signature.length) !== '\0') return undefined;
    this.current.set(path, entry);
    return entry.slice(signature.length + 1);
  }

  /**
   * Records the key of the bytes read from `path`. `status` must be taken before reading (a write in between then
   * shows in the next status) and `readAt` (ms since the epoch) no later than the status.
   */
  record(path: string, status: Stats, key: string, readAt: number): void {
    if (status.ctimeMs > readAt - SETTLED_MS) {
      this.changed ||= this.recorded.has(path);
      return;
    }
    const entry = `${signatureOf(status)}\0${key}`;
    this.current.set(path, entry);
    this.changed ||= this.recorded.get(path) !== entry;
  }

  /** Whether the record for the next run differs from this run's: files gone, changed or newly settled. */
  get changedSinceRecorded(): boolean {
    return this.changed || this.current.size !== this.recorded.size;
  }

  /** The files of this run with a settled status, and their keys. */
  get entries(): FileKeyRecord {
    return this.current;
  }
}

/**
 * Times in milliseconds, to a fraction of a microsecond: a file is only recorded once its change time is `SETTLED_MS`
 * old, so a later write moves it by more than that. Nanosecond `BigInt` statuses are slower to get and turn into
 * text.
 */
function signatureOf(status: Stats): string {
  return `${status.dev}:${status.ino}:${status.size}:${status.mtimeMs}:${status.ctimeMs}`;
}
