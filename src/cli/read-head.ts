import { open } from 'node:fs/promises';
import type { InputHead } from './io.ts';

/** Pieces of 64 KiB, so that reading never holds much more than the limit. */
const PIECE = 1 << 16;

/**
 * The first `limit` bytes of a file. A regular file's size comes from the file system; a pipe
 * or a device (/dev/stdin, /dev/zero) is read no further than one byte past the limit.
 */
export async function readFileHead(path: string, limit: number): Promise<InputHead> {
  const file = await open(path, 'r');
  try {
    const info = await file.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const pieces = async function* () {
      for (;;) {
        const { bytesRead, buffer } = await file.read(new Uint8Array(PIECE), 0, PIECE, null);
        if (bytesRead === 0) return;
        yield buffer.subarray(0, bytesRead);
      }
    };
    const head = await readHead(pieces(), limit);
    return info.isFile()
      ? { bytes: head.bytes, size: Math.max(info.size, head.bytes.length) }
      : head;
  } finally {
    await file.close();
  }
}

/** The first `limit` bytes of a stream of pieces; stops reading once it has one byte more. */
export async function readHead(
  source: AsyncIterable<Uint8Array>,
  limit: number,
): Promise<InputHead> {
  const pieces: Uint8Array[] = [];
  let total = 0;
  for await (const piece of source) {
    pieces.push(piece);
    total += piece.byteLength;
    if (total > limit) break;
  }
  const bytes = new Uint8Array(Math.min(total, limit));
  let at = 0;
  for (const piece of pieces) {
    const part = piece.subarray(0, bytes.length - at);
    bytes.set(part, at);
    at += part.length;
  }
  return { bytes, size: total > limit ? null : total };
}
