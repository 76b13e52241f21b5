// @ts-check
/**
 * Writes a file whole or not at all: the data goes to a temporary file beside it, which is then renamed over it, so
 * a reader (or the next build, after a crash) never sees half a file. The temporary name is unique to the process,
 * thread and call, so two builds writing the same file at once never write into one temporary file. Plain
 * JavaScript: src/compiled/run-compiled.mjs writes its record with it before TypeScript can load.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/** @typedef {string | NodeJS.ArrayBufferView | Uint8Array[]} Data A list is written one part after the other. */

/** @param {string} file */
const temporaryName = (file) => `${file}.${process.pid}-${threadId}-${randomUUID()}.tmp`;

/** @param {string} file @param {Data} data @returns {Promise<void>} */
export async function writeFileAtomically(file, data) {
  await mkdir(dirname(file), { recursive: true });
  const temporary = temporaryName(file);
  try {
    await writeFile(temporary, data); // a list as an iterable: part after part
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
    if (Array.isArray(data)) {
      const fd = openSync(temporary, 'w');
      try {
        for (const part of data) writeFileSync(fd, part); // each part whole, at the file's current position
      } finally {
        closeSync(fd);
      }
    } else writeFileSync(temporary, data);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
