import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packKnowledge } from '../src/knowledge/compact.ts';
import { loadContent } from '../src/knowledge/load-content.ts';
import { formatProblem } from '../src/knowledge/normalise.ts';

/**
 * Validates content/ and writes generated/knowledge.json, which the CLI reads, and the extension's
 * leaner copy of it: generated/knowledge-ext.json, and the causes the quick reference alone shows
 * in generated/knowledge-causes.json (see src/knowledge/compact.ts).
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'generated/knowledge.json');
const extOut = resolve(root, 'generated/knowledge-ext.json');
const causesOut = resolve(root, 'generated/knowledge-causes.json');
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
const { knowledge, causes } = packKnowledge(entries);
writeFileSync(extOut, JSON.stringify(knowledge) + '\n');
writeFileSync(causesOut, JSON.stringify(causes) + '\n');
const count = (kind: string) => entries.filter((e) => e.kind === kind).length;
console.log(
  `generated/knowledge.json: ${entries.length} entries ` +
    `(${count('faq')} faq, ${count('reason')} reason, ${count('code')} code)`,
);
