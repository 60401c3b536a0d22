import type { Reason } from '../core/reasons.ts';
import { codeKeywords, codeTriggers } from './code-keywords.ts';
import type {
  EntryKind,
  EntryText,
  EntryTriggers,
  KnowledgeEntry,
  Lang,
  RetryAdvice,
} from './types.ts';

/**
 * The extension's copy of the knowledge base, written by scripts/build-content.ts next to
 * generated/knowledge.json. It leaves out what the extension's pages never read (the content
 * file, the source pages) and keeps the reason guides' causes apart, because only the quick
 * reference shows them. Each field is one list in entry order: gzip then finds the repeats among
 * neighbouring titles, bodies and checklists of one language, which it misses when the two
 * languages alternate entry by entry. What a code entry's code implies (its title's first word,
 * its keywords, its status or reply trigger) is derived again rather than shipped. For 168
 * entries: 50 KB gzipped instead of 66 KB.
 */
export interface CompactKnowledge {
  id: string[];
  kind: EntryKind[];
  provider: (string | null)[];
  reason: (Reason | null)[];
  retry: (RetryAdvice | null)[];
  priority: (number | null)[];
  /** Only the lists that differ from the entry's defaults (see defaultsOf). */
  triggers: Partial<EntryTriggers>[];
  ja: CompactTexts;
  en: CompactTexts;
}

interface CompactTexts {
  /** A code entry's title without its code. */
  title: string[];
  body: string[];
  /** null: a code entry's keywords, derived from its code; in `en`, the same as in Japanese. */
  keywords: (string[] | null)[];
  retry: (string | null)[];
  checklist: (string[] | null)[];
}

/** The causes of each entry that has them, by id; read by the quick reference only. */
export type CompactCauses = Record<string, Record<Lang, string[]>>;

const TRIGGER_KEYS = ['reasons', 'statuses', 'replies', 'phrases', 'symptoms'] as const;

interface Defaults {
  titlePrefix: string;
  keywords: string[] | null;
  triggers: EntryTriggers;
}

/**
 * What an entry's fields are unless the compact copy says otherwise: a reason guide is triggered
 * by its own reason (normalise.ts), a code entry's words and triggers follow from its code.
 */
function defaultsOf(id: string, kind: EntryKind, reason: Reason | undefined): Defaults {
  const none = { reasons: [], statuses: [], replies: [], phrases: [], symptoms: [] };
  if (kind === 'reason' && reason !== undefined) {
    return { titlePrefix: '', keywords: null, triggers: { ...none, reasons: [reason] } };
  }
  if (kind !== 'code') return { titlePrefix: '', keywords: null, triggers: none };
  const code = id.slice('code-'.length);
  return {
    titlePrefix: `${code.toUpperCase()} `,
    keywords: codeKeywords(code),
    triggers: { ...none, ...codeTriggers(code) },
  };
}

const same = (a: readonly string[] | null, b: readonly string[] | null) =>
  JSON.stringify(a) === JSON.stringify(b);

function packTitle(e: KnowledgeEntry, lang: Lang, prefix: string): string {
  const title = e[lang].title;
  if (!title.startsWith(prefix)) {
    throw new Error(`${e.id}: a code entry's title must start with "${prefix}" (normalise.ts)`);
  }
  return title.slice(prefix.length);
}

function packTexts(entries: readonly KnowledgeEntry[], lang: Lang): CompactTexts {
  const defaults = entries.map((e) => defaultsOf(e.id, e.kind, e.reason));
  const keywords = (e: KnowledgeEntry, i: number) => {
    const implied = lang === 'en' ? e.ja.keywords : (defaults[i]?.keywords ?? null);
    return same(e[lang].keywords, implied) ? null : e[lang].keywords;
  };
  return {
    title: entries.map((e, i) => packTitle(e, lang, defaults[i]?.titlePrefix ?? '')),
    body: entries.map((e) => e[lang].body),
    keywords: entries.map(keywords),
    retry: entries.map((e) => e[lang].retry ?? null),
    checklist: entries.map((e) => e[lang].checklist ?? null),
  };
}

function packTriggers(e: KnowledgeEntry): Partial<EntryTriggers> {
  const implied = defaultsOf(e.id, e.kind, e.reason).triggers;
  const differs = TRIGGER_KEYS.filter((k) => !same(e.triggers[k], implied[k]));
  return Object.fromEntries(differs.map((k) => [k, e.triggers[k]]));
}

export function packKnowledge(entries: readonly KnowledgeEntry[]): {
  knowledge: CompactKnowledge;
  causes: CompactCauses;
} {
  const causes: CompactCauses = {};
  for (const e of entries) {
    if (e.ja.causes !== undefined || e.en.causes !== undefined)
      causes[e.id] = { ja: e.ja.causes ?? [], en: e.en.causes ?? [] };
  }
  const knowledge: CompactKnowledge = {
    id: entries.map((e) => e.id),
    kind: entries.map((e) => e.kind),
    provider: entries.map((e) => e.provider ?? null),
    reason: entries.map((e) => e.reason ?? null),
    retry: entries.map((e) => e.retry ?? null),
    priority: entries.map((e) => e.priority ?? null),
    triggers: entries.map(packTriggers),
    ja: packTexts(entries, 'ja'),
    en: packTexts(entries, 'en'),
  };
  return { knowledge, causes };
}

function unpackText(c: CompactKnowledge, lang: Lang, i: number, d: Defaults): EntryText {
  const t = c[lang];
  const jaKeywords = c.ja.keywords[i] ?? d.keywords ?? [];
  const retry = t.retry[i] ?? null;
  const checklist = t.checklist[i] ?? null;
  return {
    title: d.titlePrefix + (t.title[i] ?? ''),
    body: t.body[i] ?? '',
    keywords: lang === 'ja' ? jaKeywords : (t.keywords[i] ?? jaKeywords),
    ...(retry === null ? {} : { retry }),
    ...(checklist === null ? {} : { checklist }),
  };
}

function unpackTriggers(t: Partial<EntryTriggers> | undefined, d: Defaults): EntryTriggers {
  return {
    reasons: t?.reasons ?? d.triggers.reasons,
    statuses: t?.statuses ?? d.triggers.statuses,
    replies: t?.replies ?? d.triggers.replies,
    phrases: t?.phrases ?? d.triggers.phrases,
    symptoms: t?.symptoms ?? d.triggers.symptoms,
  };
}

/** The entries as the pages use them: no `file`, no sources and no causes. */
export function unpackKnowledge(c: CompactKnowledge): KnowledgeEntry[] {
  return c.id.map((id, i) => {
    const kind = c.kind[i] ?? 'faq';
    const reason = c.reason[i] ?? null;
    const d = defaultsOf(id, kind, reason ?? undefined);
    const provider = c.provider[i] ?? null;
    const retry = c.retry[i] ?? null;
    const priority = c.priority[i] ?? null;
    return {
      id,
      kind,
      ...(provider === null ? {} : { provider }),
      ...(reason === null ? {} : { reason }),
      ...(retry === null ? {} : { retry }),
      ...(priority === null ? {} : { priority }),
      ja: unpackText(c, 'ja', i, d),
      en: unpackText(c, 'en', i, d),
      triggers: unpackTriggers(c.triggers[i], d),
    };
  });
}

/** Puts the causes back, for the quick reference. */
export function withCauses(
  entries: readonly KnowledgeEntry[],
  causes: CompactCauses,
): KnowledgeEntry[] {
  return entries.map((e) => {
    const c = causes[e.id];
    if (c === undefined) return e;
    return { ...e, ja: { ...e.ja, causes: c.ja }, en: { ...e.en, causes: c.en } };
  });
}
