import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file of the extension's pages and service worker. */
function sources(): string[] {
  return ['components', 'entrypoints'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(tsx?|html)$/.test(f))
      .map((f) => path.join(dir, f)),
  );
}

describe('the extension source', () => {
  it('never builds HTML from strings or runs strings as code', () => {
    const files = sources();

    const unsafe = [
      /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML/,
      /document\.write|\beval\(|new Function\(/,
    ];

    const offenders = files.filter((f) => unsafe.some((u) => u.test(readFileSync(f, 'utf8'))));

    expect(files.length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });

  it('makes no network request: no fetch, XMLHttpRequest, WebSocket or beacon', () => {
    const offenders = sources().filter((f) =>
      /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/.test(readFileSync(f, 'utf8')),
    );

    expect(offenders).toEqual([]);
  });

  it('keeps its entrypoints thin', () => {
    const long = sources()
      .filter((f) => f.startsWith('entrypoints'))
      .filter((f) => readFileSync(f, 'utf8').split('\n').length > 40);

    expect(long).toEqual([]);
  });
});
