import { cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { tempDir } from './temp-dir.ts';

export const REAL_CONTENT = new URL('../../content/', import.meta.url).pathname;

/** A valid article, for tests to break one field at a time. */
export function article(fields: Record<string, string> = {}, body = 'Isi berita tentang Rusia dan Indonesia.'): string {
  const base: Record<string, string> = {
    title: 'Judul Uji',
    date: '2017-08-09',
    source: 'RBTH Indonesia',
    actors: '[Lavrov, Indonesia]',
    topics: '[kontraterorisme]',
    ...fields,
  };
  const lines = Object.entries(base).filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/** A temporary content folder with the real registry and the given article files (paths relative to it). */
export async function makeContent(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await tempDir('arsip-content-');
  await cp(join(REAL_CONTENT, 'registry'), join(dir, 'registry'), { recursive: true });
  for (const [name, data] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), data);
  }
  return dir;
}
