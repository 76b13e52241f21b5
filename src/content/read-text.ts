import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type TextRead = { ok: true; text: string } | { ok: false; message: string; hint: string; line: number };

/** Reads a UTF-8 file, dropping a byte-order mark and turning CRLF/CR line endings into LF. */
export function readText(path: string): TextRead {
  return decodeText(readFileSync(path));
}

/** The text of a file's bytes, as `readText` gives it. */
export function decodeText(bytes: Uint8Array): TextRead {
  try {
    return { ok: true, text: utf8.decode(bytes).replace(/\r\n?/g, '\n') };
  } catch {
    return {
      ok: false,
      message: 'file is not valid UTF-8',
      hint: 're-save it as UTF-8',
      line: lineOfFirstInvalidByte(bytes),
    };
  }
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    try {
      // Streaming one byte at a time throws at the first byte that cannot belong to a valid sequence.
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      return line;
    }
    if (bytes[i] === 0x0a) line++;
  }
  return line;
}

/** Limits no real file reaches (README, Limits); beyond them a file is refused, not parsed. */
export const LIMITS = {
  /** An article file: twenty times the longest news text in ../shared/corpus; Markdown-heavy text costs seconds per 100 KB. */
  articleBytes: 256 * 1024,
  /** Lines of an article's body: the longest text in ../shared/corpus has under 200. */
  bodyLines: 5_000,
  /** Any one string value of front-matter, a registry entry or site.yaml. */
  stringChars: 10 * 1024,
  /** A registry file or `site.yaml`. */
  dataBytes: 4 * 1024 * 1024,
} as const;

export type DataFileRead = { ok: true; text: string } | { ok: false; message: string; hint: string; line: number } | { ok: 'missing' };

/**
 * Reads a data file of the content folder (registry, `site.yaml`) as articles are read: only a regular file, never
 * through a symbolic link (which could point anywhere, e.g. `/etc/passwd`), never a FIFO or device (whose read would
 * wait forever: the file is opened without blocking and checked before anything is read), and no larger than `maxBytes`.
 */
export function readDataFile(path: string, maxBytes: number = LIMITS.dataBytes): DataFileRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: the content folder is a file, which the loader reports once.
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: 'missing' };
    if (code === 'ELOOP') return { ok: false, line: 1, message: 'symbolic links are not followed', hint: 'put the file itself in the content folder' };
    return { ok: false, line: 1, message: `cannot be read (${code ?? (error as Error).message})`, hint: 'check the file and its permissions' };
  }
  try {
    const status = fstatSync(fd);
    if (!status.isFile()) return { ok: false, line: 1, message: 'is not a regular file', hint: 'replace it with a plain text file' };
    if (status.size > maxBytes) return { ok: false, line: 1, message: `file is ${fileSize(status.size)}, over the limit of ${fileSize(maxBytes)}`, hint: 'split it or trim it' };
    return decodeText(readFileSync(fd));
  } finally {
    closeSync(fd);
  }
}

/** A size as messages show it: `300 KB`, `4.5 MB`. */
export function fileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
