import { readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomically } from '../fs/write-atomically.mjs';
import { RENDERER_VERSION } from './render-key.ts';
import type { RenderedBody } from './render.ts';

/** Shards of one renderer version live in a folder of their own; the others' are deleted when this one is written. */
const VERSION_FOLDER = `bodies-${RENDERER_VERSION}`;
/** Other versions' folders, and shards of earlier layouts directly in the cache folder. */
const STALE = (name: string) => (name.startsWith('bodies-') && name !== VERSION_FOLDER) || /^[0-9a-f]{2}\.(json|v8)(\.tmp)?$/.test(name);

/**
 * Rendered bodies on disk, keyed by `renderKey` and sharded by the key's first two hex digits so that no single
 * file grows past a few megabytes even at 100,000 articles, and an unchanged shard is never rewritten. Shards are in
 * V8's serialisation format: strings are copied in as they are, where JSON would decode and unescape 40 MB of text
 * (about half the time of a warm load's rendering step).
 */
export class RenderCache {
  private readonly shards = new Map<string, Map<string, RenderedBody>>();
  private readonly dirty = new Set<string>();

  constructor(private readonly cacheDir: string | undefined) {}

  // Synchronous, like the loader's reads: lookups happen between files in its parsing loop.
  get(key: string): RenderedBody | undefined {
    return this.shard(key.slice(0, 2)).get(key);
  }

  set(key: string, body: RenderedBody): void {
    const name = key.slice(0, 2);
    this.shard(name).set(key, body);
    this.dirty.add(name);
  }

  /** Writes changed shards; each is replaced atomically so a crash never leaves a torn file. */
  async flush(): Promise<void> {
    if (!this.cacheDir || this.dirty.size === 0) return;
    // Side by side: one after another, a cold build's main thread sat idle for 0.2 s while 256 shards were written.
    const cacheDir = this.cacheDir;
    await Promise.all([...this.dirty].map((name) => writeFileAtomically(shardFile(cacheDir, name), serialize(this.shards.get(name)!))));
    this.dirty.clear();
    // Bodies rendered by another renderer version are never looked up again.
    for (const name of (await readdir(this.cacheDir)).filter(STALE)) await rm(join(this.cacheDir, name), { recursive: true, force: true });
  }

  private shard(name: string): Map<string, RenderedBody> {
    let shard = this.shards.get(name);
    if (!shard) {
      shard = this.read(name);
      this.shards.set(name, shard);
    }
    return shard;
  }

  private read(name: string): Map<string, RenderedBody> {
    if (!this.cacheDir) return new Map();
    try {
      const shard: unknown = deserialize(readFileSync(shardFile(this.cacheDir, name)));
      if (shard instanceof Map) return shard as Map<string, RenderedBody>;
    } catch {
      // Missing or unreadable: its bodies are rendered again.
    }
    return new Map();
  }
}

/** The file of shard `name` in cache folder `cacheDir`. */
export function shardFile(cacheDir: string, name: string): string {
  return join(cacheDir, VERSION_FOLDER, `${name}.v8`);
}
