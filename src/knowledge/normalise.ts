import type { Reason } from '../core/reasons.ts';
import { codeKeywords, codeTriggers } from './code-keywords.ts';
import {
  formatProblem,
  validateContentFile,
  type CodesFile,
  type ContentFile,
  type ContentProblem,
  type FaqFile,
  type ReasonFile,
} from './schema.ts';
import type { EntryTriggers, KnowledgeEntry } from './types.ts';

/** One parsed content file: its path relative to content/ and its YAML data. */
export interface RawContentFile {
  file: string;
  data: unknown;
}

export interface ContentBuild {
  entries: KnowledgeEntry[];
  problems: ContentProblem[];
}

/** The folder each kind lives in, and how its file is named. */
const LAYOUT = {
  faq: { dir: 'faq', name: /^\d{2}-(.+)\.yaml$/, key: (f: FaqFile) => f.id },
  reason: { dir: 'reasons', name: /^(.+)\.yaml$/, key: (f: ReasonFile) => f.id },
  codes: { dir: 'codes', name: /^(.+)\.yaml$/, key: (f: CodesFile) => f.group },
} as const;

function triggersOf(raw: FaqFile['triggers']): EntryTriggers {
  return {
    reasons: raw?.reasons ?? [],
    statuses: (raw?.statuses ?? []).map((s) => s.toLowerCase()),
    replies: (raw?.replies ?? []).map((s) => s.toLowerCase()),
    phrases: raw?.phrases ?? [],
    symptoms: raw?.symptoms ?? [],
  };
}

function fromFaq(f: FaqFile, file: string): KnowledgeEntry {
  const text = (t: FaqFile['ja']) => ({ title: t.question, body: t.answer, keywords: t.keywords });
  return {
    id: f.id,
    kind: 'faq',
    ...(f.provider === undefined ? {} : { provider: f.provider }),
    source: f.source,
    ...(f.sources === undefined ? {} : { sources: f.sources }),
    ...(f.priority === undefined ? {} : { priority: f.priority }),
    file,
    ja: text(f.ja),
    en: text(f.en),
    triggers: triggersOf(f.triggers),
  };
}

function fromReason(f: ReasonFile, file: string): KnowledgeEntry {
  const text = (t: ReasonFile['ja']) => ({
    title: t.title,
    body: t.summary,
    keywords: t.keywords,
    causes: t.causes,
    retry: t.retry,
    checklist: t.checklist,
  });
  const triggers = triggersOf(f.triggers);
  if (!triggers.reasons.includes(f.reason)) triggers.reasons.unshift(f.reason);
  return {
    id: f.id,
    kind: 'reason',
    reason: f.reason,
    retry: f.retry,
    ...(f.source === undefined ? {} : { source: f.source }),
    ...(f.sources === undefined ? {} : { sources: f.sources }),
    file,
    ja: text(f.ja),
    en: text(f.en),
    triggers,
  };
}

function fromCodes(f: CodesFile, file: string): KnowledgeEntry[] {
  return f.codes.map((c) => {
    const lower = c.code.toLowerCase();
    const keywords = codeKeywords(c.code);
    return {
      id: `code-${lower}`,
      kind: 'code',
      ...(f.source === undefined ? {} : { source: f.source }),
      ...(f.sources === undefined ? {} : { sources: f.sources }),
      file,
      ja: { title: `${c.code} ${f.ja.title}`, body: c.ja, keywords },
      en: { title: `${c.code} ${f.en.title}`, body: c.en, keywords },
      triggers: {
        reasons: (c.reasons ?? []) as Reason[],
        ...codeTriggers(c.code),
        phrases: [],
        symptoms: [],
      },
    };
  });
}

function layoutProblem(file: string, value: ContentFile): string | null {
  const layout = LAYOUT[value.kind];
  const [dir, name, ...rest] = file.split('/');
  if (dir !== layout.dir || name === undefined || rest.length > 0) {
    return `a ${value.kind} file belongs in content/${layout.dir}/`;
  }
  const key = value.kind === 'codes' ? value.group : value.id;
  if (name.match(layout.name)?.[1] !== key) {
    const expected = value.kind === 'faq' ? `NN-${key}.yaml` : `${key}.yaml`;
    return `the file name must be ${expected}`;
  }
  if (value.kind === 'reason' && value.id !== `reason-${value.reason}`) {
    return `id must be reason-${value.reason}`;
  }
  return null;
}

function toEntries(value: ContentFile, file: string): KnowledgeEntry[] {
  if (value.kind === 'faq') return [fromFaq(value, file)];
  if (value.kind === 'reason') return [fromReason(value, file)];
  return fromCodes(value, file);
}

/**
 * Validates every file and turns them into knowledge entries. Problems are collected, not
 * thrown, so that one run names every broken file; a file with problems adds no entries.
 */
export function buildEntries(files: readonly RawContentFile[]): ContentBuild {
  const entries: KnowledgeEntry[] = [];
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();

  for (const { file, data } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const checked = validateContentFile(file, data);
    if (!checked.ok) {
      problems.push(...checked.problems);
      continue;
    }
    const layout = layoutProblem(file, checked.value);
    if (layout !== null) {
      problems.push({ file, path: null, message: layout });
      continue;
    }
    for (const entry of toEntries(checked.value, file)) {
      const first = seen.get(entry.id);
      if (first === undefined) {
        seen.set(entry.id, file);
        entries.push(entry);
      } else {
        problems.push({ file, path: 'id', message: `${entry.id} is already defined in ${first}` });
      }
    }
  }

  return { entries, problems };
}

export { formatProblem };
