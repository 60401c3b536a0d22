/**
 * Scores the decoder on a labelled folder of bounces (see ../shared/corpus/README.md):
 *   npm run eval -- DIR LABELS.json [--snippets FILE] [--floor FILE] [--quiet]
 * Whole emails: each email's decoded reasons against its labels, as multisets. Snippets: the one
 * decoded reason of each line. Prints agreement per reason and every miss; with --floor, exits 1
 * when a figure falls below the floor kept in the repository.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { decode } from '../src/core/index.ts';

interface Label {
  reason: string;
}

interface Tally {
  matched: number;
  total: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    snippets: { type: 'string' },
    floor: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const [dir, labelsFile] = positionals;
if (!dir || !labelsFile) {
  console.error(
    'usage: npm run eval -- DIR LABELS.json [--snippets FILE] [--floor FILE] [--quiet]',
  );
  process.exit(2);
}

const perReason = new Map<string, Tally>();
const misses: string[] = [];

function count(reason: string, hit: boolean): void {
  const tally = perReason.get(reason) ?? { matched: 0, total: 0 };
  tally.total++;
  if (hit) tally.matched++;
  perReason.set(reason, tally);
}

async function scoreEmails(): Promise<Tally> {
  const labels = JSON.parse(readFileSync(labelsFile!, 'utf8')) as Record<string, Label[]>;
  const files = readdirSync(dir!).filter((name) => name in labels);
  const tally = { matched: 0, total: 0 };
  for (const file of files) {
    const result = await decode(readFileSync(join(dir!, file)));
    const got = result.recipients.map((r) => r.reason as string);
    const left = [...got];
    for (const { reason } of labels[file]!) {
      const i = left.indexOf(reason);
      const hit = i >= 0;
      if (hit) left.splice(i, 1);
      count(reason, hit);
      tally.total++;
      if (hit) tally.matched++;
      else misses.push(`email   ${file}: want ${reason}, got [${got.join(', ')}]`);
    }
  }
  return tally;
}

async function scoreSnippets(file: string): Promise<Tally> {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { file: string; text: string; reason: string });
  const tally = { matched: 0, total: 0 };
  for (const row of rows) {
    const result = await decode(row.text);
    const got = result.recipients[0]?.reason ?? '(none)';
    count(row.reason, got === row.reason);
    tally.total++;
    if (got === row.reason) tally.matched++;
    else
      misses.push(`snippet ${row.file}: want ${row.reason}, got ${got}: ${row.text.slice(0, 140)}`);
  }
  return tally;
}

function pct(t: Tally): string {
  return t.total === 0 ? 'n/a' : `${((100 * t.matched) / t.total).toFixed(1)}%`;
}

const emails = await scoreEmails();
const snippetsFile = values.snippets ?? join(dirname(labelsFile), 'snippets.jsonl');
const emailReasons = new Map(perReason);
perReason.clear();
const snippets = existsSync(snippetsFile) ? await scoreSnippets(snippetsFile) : null;

if (!values.quiet) {
  for (const miss of misses) console.log(miss);
  console.log('\nper reason (emails | snippets):');
  const reasons = [...new Set([...emailReasons.keys(), ...perReason.keys()])].sort();
  for (const reason of reasons) {
    const e = emailReasons.get(reason);
    const s = perReason.get(reason);
    const cell = (t?: Tally) => (t ? `${t.matched}/${t.total} ${pct(t)}` : '-');
    console.log(`  ${reason.padEnd(16)} ${cell(e).padEnd(16)} ${cell(s)}`);
  }
}
console.log(`\nemails:   ${emails.matched}/${emails.total} = ${pct(emails)}`);
if (snippets) console.log(`snippets: ${snippets.matched}/${snippets.total} = ${pct(snippets)}`);

if (values.floor) {
  const floor = JSON.parse(readFileSync(values.floor, 'utf8')) as Record<string, number>;
  const below: string[] = [];
  const share = (t: Tally) => (t.total ? t.matched / t.total : 0);
  if (share(emails) < (floor.emails ?? 0)) below.push(`emails below floor ${floor.emails}`);
  if (snippets && share(snippets) < (floor.snippets ?? 0)) {
    below.push(`snippets below floor ${floor.snippets}`);
  }
  if (below.length > 0) {
    console.error(below.join('; '));
    process.exit(1);
  }
  console.log(`floor ${values.floor}: met`);
}
