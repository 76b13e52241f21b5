import { mkdir, readFile, writeFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { RenderedBody } from './render.ts';

/**
 * Rendered bodies on disk, keyed by `renderKey` and sharded by the key's first two hex digits so that no single
 * file grows past a few megabytes even at 100,000 articles, and an unchanged shard is never rewritten. Shards are in
 * V8's serialisation format: strings are copied in as they are, where JSON would decode and unescape 40 MB of text
 * (about half the time of a warm load's rendering step).
 */
export class RenderCache {
  // Promises, so concurrent lookups in one shard share a single read.
  private readonly shards = new Map<string, Promise<Map<string, RenderedBody>>>();
  private readonly dirty = new Set<string>();

  constructor(private readonly dir: string | undefined) {}

  async get(key: string): Promise<RenderedBody | undefined> {
    return (await this.shard(key.slice(0, 2))).get(key);
  }

  async set(key: string, body: RenderedBody): Promise<void> {
    const name = key.slice(0, 2);
    (await this.shard(name)).set(key, body);
    this.dirty.add(name);
  }

  /** Writes changed shards; each is replaced atomically so a crash never leaves a torn file. */
  async flush(): Promise<void> {
    if (!this.dir) return;
    await mkdir(this.dir, { recursive: true });
    for (const name of this.dirty) {
      const file = shardFile(this.dir, name);
      // A name of its own, so two builds writing one shard at once never write into the same temporary file.
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        await writeFile(temporary, serialize(await this.shards.get(name)!));
        await rename(temporary, file);
      } finally {
        await rm(temporary, { force: true });
      }
    }
    this.dirty.clear();
  }

  private shard(name: string): Promise<Map<string, RenderedBody>> {
    let shard = this.shards.get(name);
    if (!shard) {
      shard = this.read(name);
      this.shards.set(name, shard);
    }
    return shard;
  }

  private async read(name: string): Promise<Map<string, RenderedBody>> {
    if (!this.dir) return new Map();
    try {
      const shard: unknown = deserialize(await readFile(shardFile(this.dir, name)));
      if (shard instanceof Map) return shard as Map<string, RenderedBody>;
    } catch {
      // Missing or unreadable: its bodies are rendered again.
    }
    return new Map();
  }
}

export function shardFile(dir: string, name: string): string {
  return join(dir, `${name}.v8`);
}
