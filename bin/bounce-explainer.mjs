#!/usr/bin/env -S node --max-semi-space-size=2 --max-old-space-size=256
// The V8 flags keep `log` over a gigabyte of log under 100 MB: what it keeps is bounded, but by
// default V8 grows a 32 MB young generation and lets dead objects pile up before collecting.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.mjs', import.meta.url);

if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  const message = locale.toLowerCase().startsWith('ja')
    ? [
        'CLI がまだビルドされていません。',
        'チェックアウトで npm run build（CLI だけなら npm run build:cli）を実行してください。',
      ]
    : [
        'the CLI has not been built yet.',
        'Run npm run build (or npm run build:cli for the CLI alone) in the checkout.',
      ];
  process.stderr.write(`bounce-explainer: ${message.join(' ')}\n`);
  process.exitCode = 1;
}
