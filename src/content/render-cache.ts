import { mkdir, readFile, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderedBody } from './render.ts';

/**
 * Rendered bodies on disk, keyed by `renderKey` and sharded by the key's first two hex digits so that no single
 * file grows past a few megabytes even at 100,000 articles, and an unchanged shard is never rewritten.
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
      const file = join(this.dir, `${name}.json`);
      await writeFile(`${file}.tmp`, JSON.stringify(Object.fromEntries(await this.shards.get(name)!)));
      await rename(`${file}.tmp`, file);
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
      return new Map(Object.entries(JSON.parse(await readFile(join(this.dir, `${name}.json`), 'utf8'))));
    } catch {
      return new Map(); // Missing or unreadable shard: its bodies are rendered again.
    }
  }
}
