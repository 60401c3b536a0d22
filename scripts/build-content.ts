import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../src/knowledge/load-content.ts';
import { formatProblem } from '../src/knowledge/normalise.ts';

/** Validates content/ and writes generated/knowledge.json, the one file the product reads. */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'generated/knowledge.json');
const { entries, problems } = loadContent(resolve(root, 'content'));

if (problems.length > 0) {
  for (const problem of problems) console.error(`content/${formatProblem(problem)}`);
  console.error(
    `${problems.length} problem(s) in content/: fix them and run npm run build:content.`,
  );
  process.exit(1);
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(entries) + '\n');
const count = (kind: string) => entries.filter((e) => e.kind === kind).length;
console.log(
  `generated/knowledge.json: ${entries.length} entries ` +
    `(${count('faq')} faq, ${count('reason')} reason, ${count('code')} code)`,
);
