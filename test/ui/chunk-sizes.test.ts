import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageChunks } from '../e2e/chunk-sizes.ts';

/** A built extension in miniature, written the way Vite writes its chunks. */
function fakeBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'chunk-sizes-'));
  mkdirSync(path.join(dir, 'chunks'));
  const chunk = (name: string, code: string) => writeFileSync(path.join(dir, 'chunks', name), code);
  writeFileSync(
    path.join(dir, 'popup.html'),
    '<script type="module" src="/chunks/popup-a1.js"></script>' +
      '<link rel="modulepreload" href="/chunks/shared-b2.js">',
  );
  chunk('popup-a1.js', 'import{a as t}from"./shared-b2.js";import"./view-c3.js";t()');
  chunk('shared-b2.js', 'export const a=()=>import(`./engine-d4.js`)');
  chunk('view-c3.js', 'import"./deep-m13.js";export{}');
  chunk('deep-m13.js', 'import"./deep-n14.js"');
  // Reached through the engine before the longer static path from the page reaches it.
  chunk('deep-n14.js', 'export{}');
  chunk(
    'engine-d4.js',
    'const m=["chunks/data-e5.js"];import{x}from"./data-e5.js";import"./whole-message-j10.js";' +
      'import"./deep-n14.js";' +
      'export const p=()=>import(`./postal-mime-f6.js`);' +
      'export const l=()=>import("./log-summary-h8.js")',
  );
  chunk('log-summary-h8.js', 'import{x}from"./data-e5.js";import"./log-view-i9.js"');
  chunk('log-view-i9.js', 'import"./whole-message-j10.js";export{}');
  // Named like the message reader, but the engine needs it at once: it is fetched with the engine.
  chunk('whole-message-j10.js', 'export{}');
  chunk('data-e5.js', 'export const x=1');
  chunk('postal-mime-f6.js', 'export default 1');
  chunk('unused-g7.js', 'export default 1');
  return dir;
}

describe('the chunk sizes of a page', () => {
  it('labels chunks loaded at once, on first use and on demand, and skips the rest', () => {
    const dir = fakeBuild();

    const chunks = pageChunks(dir, 'popup.html');
    rmSync(dir, { recursive: true });

    const when = Object.fromEntries(chunks.map((c) => [c.file, c.when]));
    expect(when).toEqual({
      'popup-a1.js': 'load',
      'shared-b2.js': 'load',
      'view-c3.js': 'load',
      'deep-m13.js': 'load',
      'deep-n14.js': 'load',
      'engine-d4.js': 'first use',
      'data-e5.js': 'first use',
      'postal-mime-f6.js': 'whole messages',
      'log-summary-h8.js': 'log lines',
      'log-view-i9.js': 'log lines',
      'whole-message-j10.js': 'first use',
    });
    expect(chunks.every((c) => c.gzip > 0)).toBe(true);
  });
});
