import { readFileSync } from 'node:fs';

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
