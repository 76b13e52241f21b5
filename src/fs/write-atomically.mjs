// @ts-check
/**
 * Writes a file whole or not at all: the data goes to a temporary file beside it, which is then renamed over it, so
 * a reader (or the next build, after a crash) never sees half a file. The temporary name is unique to the process,
 * thread and call, so two builds writing the same file at once never write into one temporary file. Plain
 * JavaScript: src/compiled/run-compiled.mjs writes its record with it before TypeScript can load.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/** @typedef {string | NodeJS.ArrayBufferView} Data */

/** @param {string} file */
const temporaryName = (file) => `${file}.${process.pid}-${threadId}-${randomUUID()}.tmp`;

/** @param {string} file @param {Data} data @returns {Promise<void>} */
export async function writeFileAtomically(file, data) {
  await mkdir(dirname(file), { recursive: true });
  const temporary = temporaryName(file);
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
}

/** The same, synchronously (the search index's worker thread writes its cache this way). @param {string} file @param {Data} data */
export function writeFileAtomicallySync(file, data) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = temporaryName(file);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
