import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the bundled bin', () => {
  beforeAll(async () => {
    await buildCli('warning');
  }, 30_000);

  it('decodes standard input and a missing file as the installed command would', () => {
    const run = spawnSync(
      process.execPath,
      ['bin/bounce-explainer.mjs', 'decode', '--json', '--lang', 'en', '-', 'no-such-file.eml'],
      { cwd: root, input: 'Hello, see you at noon.\n', encoding: 'utf8', env: { PATH: '' } },
    );

    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: '-', kind: 'none', reason: null });
    expect(run.stderr).toMatch(/^bounce-explainer: cannot read no-such-file\.eml: no such file\./);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
