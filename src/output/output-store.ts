/**
 * Where the built site lives, so that a build killed at any moment leaves the old site or the new one, never a mix.
 *
 * The output path (`_site`) is a symbolic link to one of two complete copies of the site, `a` and `b`, kept in a
 * folder beside it (`_site.arsip/`, marked as made by the build). A build never writes into the copy the link points
 * to: it brings the other copy (the standby) up to date, records it, then renames a new link over the output path,
 * which replaces it in one step. Whatever the moment a build dies, the link points to a complete copy, and nothing
 * temporary is ever inside it.
 *
 * The copies share the files they have in common (hard links), so bringing the standby up to date costs what the
 * last two builds changed: the files the live copy got from the previous build (linked across), then this build's
 * pages. Files are only ever replaced by renaming a new file over them, never written into, so a file shared by both
 * copies never changes under the live one. When the standby's state is unknown (a build died while updating it), it
 * is made again from the live copy by linking every file.
 *
 * The state of both copies (files, page fingerprints, what the last build changed) is kept in `state.json` beside
 * them; a lock file keeps two builds from updating the same standby; anything else found in the folder is what a
 * killed build left behind, and is deleted when the next build opens it.
 */
import { spawn } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { linkStandby, type StandbyLinks } from './standby-links.ts';
import { CacheStore, encodeEntry } from '../cache/store.mjs';
import { writeFileAtomicallySync } from '../fs/write-atomically.mjs';
import { mark, ownedState, RefusedFolder, refuseProtected, type Marker, type Protected } from '../fs/owned-folder.ts';
import type { PageFingerprints } from './page-plan.ts';

const STORE_MARKER: Marker = {
  name: '.arsip-output',
  text: 'Made by `npm run build` of arsip-berita: the copies of the site its output link points to. The build deletes and replaces what is in here.\n',
};

const COPIES = ['a', 'b'] as const;
type Copy = (typeof COPIES)[number];
const STATE = 'state.json';
const LOCK = 'lock';
const STATE_VERSION = 1;

/** What one copy holds. */
export interface OutputRecord {
  /** Every file in the copy, relative to it. */
  files: string[];
  /** Fingerprints of the paginated pages (src/output/page-plan.ts). */
  pages: PageFingerprints;
}

/** What a build changed in a copy, relative to the copy of the build before (which the other copy still holds). */
export interface Changes {
  written: string[];
  removed: string[];
}

interface CopyRecord extends OutputRecord {
  /** Counts builds: the copy a build makes gets one more than the live copy. */
  generation: number;
  /** Device, inode and change time of the copy's folder once complete: a copy changed since is not trusted. */
  identity: string;
  /** Absent after a full build, whose standby can only be made again whole. */
  changes?: Changes;
}

interface State {
  version: number;
  copies: Partial<Record<Copy, CopyRecord>>;
}

/** Where a build writes: the standby copy, and the folder Eleventy and the search index write into. */
export interface BuildTarget {
  standby: string;
  /** The standby itself for a full build; for an incremental one a fresh folder whose files move into it. */
  output: string;
  /** Resolves once the standby may be written (an incremental build's standby is linked meanwhile). */
  ready: Promise<void>;
  /**
   * For an incremental build, the live copy, which the standby is being made equal to: a file of the last build's
   * found there unchanged is the very file (hard-linked) the standby holds once ready, so it can be checked at once.
   */
  live?: string;
}

const identity = (dir: string) => {
  try {
    const info = statSync(dir);
    return info.isDirectory() ? `${info.dev}:${info.ino}:${info.ctimeMs}` : undefined;
  } catch {
    return undefined;
  }
};

export class OutputStore {
  readonly store: string;
  private readonly records: CacheStore;
  private state: State;
  private readonly live: Copy | undefined;
  private readonly standbyName: Copy;
  /** Folders discarded by this build: a build may discard two within a millisecond. */
  private discarded = 0;

  /**
   * Opens the store of the output path `out`, refusing (`RefusedFolder`) anything the build did not make or must not
   * touch; creates it when missing. Throws when another build holds it.
   */
  constructor(
    readonly out: string,
    places: Protected,
  ) {
    this.store = `${out}.arsip`;
    // A checksummed entry of src/cache: a damaged record is dropped with a warning, and the build is a full one.
    this.records = new CacheStore(this.store, { kind: 'output record', version: String(STATE_VERSION) });
    refuseProtected(out, places);
    refuseProtected(this.store, places);
    const storeState = ownedState(this.store, STORE_MARKER, 'build');
    this.live = this.checkLink(storeState === 'marked');
    if (storeState !== 'marked') {
      mkdirSync(this.store, { recursive: true });
      mark(this.store, STORE_MARKER);
    }
    this.lock();
    this.removeLeftovers();
    this.state = this.readState();
    this.standbyName = this.live === 'a' ? 'b' : 'a';
  }

  /** The copy `out` points to; refuses an `out` that is neither missing, an empty folder, nor the store's link. */
  private checkLink(storeIsOurs: boolean): Copy | undefined {
    let info;
    try {
      info = lstatSync(this.out);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new RefusedFolder(this.out, `cannot be inspected (${(error as NodeJS.ErrnoException).code}), so it is left alone`);
    }
    if (info.isSymbolicLink()) {
      const target = readlinkSync(this.out);
      const copy = COPIES.find((name) => target === this.linkText(name));
      if (copy && storeIsOurs) return copy;
      throw new RefusedFolder(this.out, `is a symbolic link that build did not make (to ${target}); remove it yourself or choose another folder`);
    }
    if (info.isDirectory() && readdirSync(this.out).length === 0) {
      rmdirSync(this.out); // an empty folder is taken over: the link takes its place
      return undefined;
    }
    if (info.isDirectory()) {
      throw new RefusedFolder(this.out, `is a folder that build did not make (build writes a link to ${basename(this.store)}/ there); delete it yourself or choose another folder`);
    }
    throw new RefusedFolder(this.out, 'is a file, not the output of build; choose another folder');
  }

  private linkText(copy: Copy): string {
    return `${basename(this.store)}/${copy}`;
  }

  private lock(): void {
    const file = join(this.store, LOCK);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const fd = openSync(file, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        process.once('exit', () => rmSync(file, { force: true }));
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (holder > 0 && isRunning(holder)) {
        throw new Error(`another build (process ${holder}) is writing ${this.out}; wait for it to end (or delete ${file} if no build is running)`);
      }
      rmSync(file, { force: true }); // left by a build that was killed
    }
    throw new Error(`could not lock ${this.store}`);
  }

  /** Deletes, in the background, what killed builds left in the store: staging folders, copies being discarded, temporary files. */
  private removeLeftovers(): void {
    const known = new Set<string>([STORE_MARKER.name, STATE, LOCK, ...COPIES]);
    const leftovers = readdirSync(this.store).filter((name) => !known.has(name));
    if (leftovers.length > 0) removeInBackground(leftovers.map((name) => join(this.store, name)));
  }

  private readState(): State {
    const state = this.records.readSync(STATE, (payload) => JSON.parse(payload.toString()) as State);
    return state && typeof state.copies === 'object' && state.copies !== null ? state : { version: STATE_VERSION, copies: {} };
  }

  private writeState(): void {
    // Not through the store's writes, which give up quietly: the state is the build's journal, and must be written.
    writeFileAtomicallySync(join(this.store, STATE), encodeEntry(this.records.kind, this.records.version, JSON.stringify(this.state)));
  }

  private folder(copy: Copy): string {
    return join(this.store, copy);
  }

  private trusted(copy: Copy): CopyRecord | undefined {
    const record = this.state.copies[copy];
    return record && record.identity === identity(this.folder(copy)) ? record : undefined;
  }

  /** The live copy's folder, if `out` points to one. */
  liveFolder(): string | undefined {
    return this.live && this.folder(this.live);
  }

  /** What the live copy holds, when that is known for sure; an incremental build starts from it. */
  liveRecord(): OutputRecord | undefined {
    return this.live && this.trusted(this.live);
  }

  /** Forgets the standby (it is about to change) and returns its folder. */
  private takeStandby(): string {
    delete this.state.copies[this.standbyName];
    this.writeState();
    return this.folder(this.standbyName);
  }

  /** A full build: an empty standby, which Eleventy and the search index write into. */
  prepareFull(): BuildTarget {
    const standby = this.takeStandby();
    this.discard(standby);
    mkdirSync(standby);
    return { standby, output: standby, ready: Promise.resolve() };
  }

  /**
   * An incremental build: the standby made equal to the live copy by `link` (at once by default), and a fresh folder
   * for the files that are not pages. The standby may be written once `ready`.
   */
  prepareIncremental(link: (links: StandbyLinks) => void | Promise<void> = linkStandby): BuildTarget {
    const live = this.liveRecord();
    if (!live || !this.live) throw new Error('an incremental build needs a live copy');
    const previous = this.trusted(this.standbyName);
    const liveRecord = this.state.copies[this.live]!;
    const standby = this.takeStandby();
    const from = this.folder(this.live);
    let links: StandbyLinks;
    if (previous && liveRecord.changes && previous.generation === liveRecord.generation - 1) {
      links = { from, to: standby, removed: liveRecord.changes.removed, linked: liveRecord.changes.written, replace: true };
    } else {
      this.discard(standby);
      mkdirSync(standby);
      links = { from, to: standby, removed: [], linked: live.files, replace: false };
    }
    const ready = Promise.resolve(link(links));
    ready.catch(() => {}); // awaited by the build before it writes into the standby
    const output = join(this.store, `staging-${process.pid}`);
    rmSync(output, { recursive: true, force: true });
    mkdirSync(output);
    return { standby, output, ready, live: from };
  }

  /** Records the standby (now complete) and makes it the live copy: one rename of a new link over `out`. */
  commit(record: OutputRecord, changes?: Changes): void {
    const generations = Object.values(this.state.copies).map((copy) => copy.generation);
    const generation = (this.live && this.state.copies[this.live]?.generation) || Math.max(0, ...generations);
    this.state.copies[this.standbyName] = {
      ...record,
      generation: generation + 1,
      identity: identity(this.folder(this.standbyName))!,
      ...(changes ? { changes } : {}),
    };
    this.writeState();
    const link = join(this.store, `link-${process.pid}`);
    rmSync(link, { force: true });
    symlinkSync(this.linkText(this.standbyName), link);
    renameSync(link, this.out);
  }

  /** Moves a folder of the store out of the way and deletes it in the background. */
  discard(folder: string): void {
    const trash = join(this.store, `discarded-${process.pid}-${Date.now()}-${this.discarded++}`);
    try {
      renameSync(folder, trash);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    removeInBackground([trash]);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes paths from a detached process, so the build does not wait for tens of thousands of unlinks. If that process
 * dies, the paths are left in the store, and the next build deletes them.
 */
function removeInBackground(paths: string[]): void {
  const script = `for (const path of ${JSON.stringify(paths)}) require('node:fs').rmSync(path, { recursive: true, force: true, maxRetries: 3 })`;
  spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref();
}
