import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { CacheStore } from './store.mjs';
import { RENDERER_VERSION } from './render-key.ts';
import type { RenderedBody } from '../content/render.ts';

const SHARD = /^[0-9a-f]{2}\.v8$/;
const shardName = (name: string) => `${name}.v8`;

/**
 * Rendered bodies on disk, keyed by `renderKey` and sharded by the key's first two hex digits so that no single
 * file grows past a few megabytes even at 100,000 articles, and an unchanged shard is never rewritten. Shards are in
 * V8's serialisation format: strings are copied in as they are, where JSON would decode and unescape every body's
 * text. Each shard is a checksummed entry of src/cache: a damaged one is dropped and its bodies rendered again, one
 * written by another renderer version is dropped silently.
 */
export class RenderCache {
  private readonly shards = new Map<string, Map<string, RenderedBody>>();
  private readonly dirty = new Set<string>();
  private readonly store: CacheStore | undefined;

  constructor(cacheDir: string | undefined) {
    this.store = cacheDir === undefined ? undefined : new CacheStore(join(cacheDir, 'bodies'), { kind: 'render cache', version: RENDERER_VERSION });
  }

  // Synchronous, like the loader's reads: lookups happen between files in its parsing loop.
  get(key: string): RenderedBody | undefined {
    return this.shard(key.slice(0, 2)).get(key);
  }

  set(key: string, body: RenderedBody): void {
    const name = key.slice(0, 2);
    this.shard(name).set(key, body);
    this.dirty.add(name);
  }

  /** Writes changed shards, each replaced atomically so a crash never leaves a torn file. */
  async flush(): Promise<void> {
    const store = this.store;
    if (!store || this.dirty.size === 0) return;
    // Side by side: one after another, a cold build's main thread sat idle while 256 shards were written.
    await Promise.all([...this.dirty].map((name) => store.write(shardName(name), serialize(this.shards.get(name)!))));
    this.dirty.clear();
    store.prune((name) => SHARD.test(name));
  }

  private shard(name: string): Map<string, RenderedBody> {
    let shard = this.shards.get(name);
    if (!shard) {
      shard = this.store?.readSync(shardName(name), readShard) ?? new Map<string, RenderedBody>();
      this.shards.set(name, shard);
    }
    return shard;
  }
}

function readShard(payload: Buffer): Map<string, RenderedBody> {
  const shard: unknown = deserialize(payload);
  if (!(shard instanceof Map)) throw new Error('not a map of rendered bodies');
  return shard as Map<string, RenderedBody>;
}

/** The file of shard `name` (two hex digits) in cache folder `cacheDir`. */
export function shardFile(cacheDir: string, name: string): string {
  return join(cacheDir, 'bodies', shardName(name));
}
