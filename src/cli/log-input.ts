import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** Where the log command reads and writes: the real files and streams, or a test's stand-ins. */
export interface LogStreams {
  /** A file's bytes as they arrive; rejects when it cannot be opened. */
  open(path: string): Promise<AsyncIterable<Uint8Array>>;
  /** A file's size on disk, for the progress bar; null when unknown. */
  size(path: string): Promise<number | null>;
  stdin(): AsyncIterable<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  /** Whether stderr is a terminal, where a progress bar may be drawn and redrawn. */
  stderrIsTerminal: boolean;
  now(): number;
}

/**
 * 64 KiB pieces: a larger piece decodes to a string that V8 puts among its large objects, which
 * only a full collection frees, and the peak memory of a long run grows with it.
 */
const CHUNK = 1 << 16;

export function nodeLogStreams(): LogStreams {
  return {
    open: async (path) => {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      return createReadStream(path, { highWaterMark: CHUNK });
    },
    size: async (path) => {
      const info = await stat(path).catch(() => null);
      return info?.isFile() ? info.size : null;
    },
    stdin: () => process.stdin,
    writeFile: (path, text) => writeFile(path, text),
    stderrIsTerminal: Boolean(process.stderr.isTTY),
    now: () => performance.now(),
  };
}

/**
 * The bytes as they are, or gunzipped when they start with gzip's magic bytes (RFC 1952), so
 * that rotated logs (mail.log.2.gz) and plain ones can be given together. Concatenated gzip
 * members, as `cat a.gz b.gz` makes, are read as one.
 */
export async function* decompressed(source: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const rest = async function* () {
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  };
  if (first.value[0] !== 0x1f || first.value[1] !== 0x8b) {
    yield* rest();
    return;
  }
  // pipeline passes an error of either stream on to the gunzip stream, whose reading then throws.
  const gunzip = pipeline(Readable.from(rest()), createGunzip(), () => {});
  for await (const chunk of gunzip) yield chunk as Uint8Array;
}

/** Counts the bytes that pass, as read from the disk, before any decompression. */
export async function* counted(
  source: AsyncIterable<Uint8Array>,
  onBytes: (count: number) => void,
): AsyncIterable<Uint8Array> {
  for await (const chunk of source) {
    onBytes(chunk.byteLength);
    yield chunk;
  }
}
