import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartsBlob } from '../../src/cli/parts-blob.ts';

const PART = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.uint8Array({ maxLength: 40 }),
  fc.uint8Array({ maxLength: 40 }).map((bytes) => bytes.buffer),
  // a view into the middle of a larger buffer, as a line cut out of a message is
  fc
    .tuple(fc.uint8Array({ minLength: 4, maxLength: 40 }), fc.nat(), fc.nat())
    .map(([bytes, a, b]) => bytes.subarray(a % 4, (a % 4) + (b % (bytes.length - 3)))),
);

describe('PartsBlob', () => {
  it('gives the same bytes and size as the platform Blob for any parts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(PART, { maxLength: 8 }), async (parts) => {
        const ours = new PartsBlob(parts, { type: 'application/octet-stream' });
        const platform = new Blob(parts, { type: 'application/octet-stream' });

        expect(ours.size).toBe(platform.size);
        expect(new Uint8Array(await ours.arrayBuffer())).toEqual(
          new Uint8Array(await platform.arrayBuffer()),
        );
      }),
    );
  });

  it('keeps the type it was given', () => {
    expect(new PartsBlob([], { type: 'text/plain' }).type).toBe('text/plain');
    expect(new PartsBlob().type).toBe('');
  });
});
