import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/knowledge/', import.meta.url);
const FAQ = new URL('../../content/faq/', import.meta.url);

/** Display columns: East Asian wide characters take two. */
function columns(line: string): number {
  let width = 0;
  for (const ch of line)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

describe('the knowledge code and content follow the house rules', () => {
  it('keeps Node built-ins out of every module but the loader, so the extension can use them', () => {
    const offenders = readdirSync(SRC)
      .filter((name) => name.endsWith('.ts') && name !== 'load-content.ts')
      .filter((name) =>
        /from 'node:|from '(?:fs|path|os)'/.test(readFileSync(new URL(name, SRC), 'utf8')),
      );

    expect(offenders).toEqual([]);
  });

  it('keeps every line of the FAQ files under 100 columns', () => {
    const long: string[] = [];
    for (const name of readdirSync(FAQ)) {
      readFileSync(new URL(name, FAQ), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (columns(line) > 100) long.push(`${name}:${i + 1}`);
        });
    }

    expect(long).toEqual([]);
  });
});
