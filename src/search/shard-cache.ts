/**
 * Body shards cached by content, as `<sha256>.json` files in a folder of
 * their own: a shard is rebuilt only when something that goes into it
 * changed (its first position, its articles' body fields and excerpts, the
 * shard size, the payload version, or the analysis code, Lunr and the
 * dictionary: see `analysisFiles`). An entry holds the shard's roots on its
 * first line and the shard payload on the second.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeFileAtomicallySync } from '../fs/write-atomically.mjs';
import type { BodyShard, ShardArticle } from './body-shard.ts';
import { BODY_FIELDS } from './fields.ts';
import { PAYLOAD_VERSION } from './payload.ts';

const ENTRY = /^[0-9a-f]{64}\.json$/;

const require = createRequire(import.meta.url);
/** `import … from '…'` (not `import type`, which leaves no code) and `require('…')`. */
const CODE_IMPORT = /^import (?!type )[^;]*?from '([^']+)'|require\('([^']+)'\)/gm;

/**
 * The code that turns text into a shard: build-index.ts (which hands the
 * shard builder its stemmer) and every module it imports, transitively, with
 * the packages they load (Lunr, the dictionary) as their resolved files.
 * Found by following the imports, so a new module cannot be left out.
 */
export function analysisFiles(): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, imported, required] of readFileSync(file, 'utf8').matchAll(CODE_IMPORT)) {
      const specifier = (imported ?? required)!;
      if (specifier.startsWith('.')) visit(fileURLToPath(new URL(specifier, pathToFileURL(file))));
      else if (!specifier.startsWith('node:')) files.add(require.resolve(specifier));
    }
  };
  visit(fileURLToPath(new URL('./build-index.ts', import.meta.url)));
  return [...files].sort();
}

let fingerprint: string | undefined;

function analysisFingerprint(): string {
  if (!fingerprint) {
    const hash = createHash('sha256');
    for (const file of analysisFiles()) hash.update(readFileSync(file));
    fingerprint = hash.digest('hex');
  }
  return fingerprint;
}

export function shardKey(articles: readonly ShardArticle[], first: number, shardSize: number): string {
  const hash = createHash('sha256').update(JSON.stringify([PAYLOAD_VERSION, analysisFingerprint(), shardSize, first]));
  // Each value as its length and itself: as unambiguous as JSON, without copying 17 million characters of text to
  // escape them (10,000 articles: 70 → 25 ms).
  for (const article of articles) {
    for (const value of [...BODY_FIELDS.map((field) => field.extract(article)), article.excerpt]) {
      hash.update(`${value.length}:`).update(value);
    }
  }
  return hash.digest('hex');
}

export class ShardCache {
  readonly stats = { reused: 0, built: 0 };
  private readonly used = new Set<string>();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** The cached shard of these articles, else the one `build` makes, stored for next time. */
  through(articles: readonly ShardArticle[], first: number, shardSize: number, build: () => BodyShard): BodyShard {
    const name = `${shardKey(articles, first, shardSize)}.json`;
    this.used.add(name);
    const file = join(this.dir, name);
    const cached = readEntry(file);
    if (cached) {
      this.stats.reused++;
      return cached;
    }
    const shard = build();
    this.stats.built++;
    // Whole or not at all, so a concurrent or interrupted build never reads half an entry.
    writeFileAtomicallySync(file, `${JSON.stringify(shard.roots)}\n${shard.json}`);
    return shard;
  }

  /** Removes the entries this build did not use. */
  prune(): void {
    for (const name of readdirSync(this.dir)) {
      if (ENTRY.test(name) && !this.used.has(name)) rmSync(join(this.dir, name), { force: true });
    }
  }
}

function readEntry(file: string): BodyShard | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  // Entries are renamed into place whole, so the shard after the roots is complete.
  const newline = text.indexOf('\n');
  try {
    return { roots: JSON.parse(text.slice(0, newline)) as string[], json: text.slice(newline + 1) };
  } catch {
    return undefined;
  }
}
