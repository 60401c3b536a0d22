import type { Lang } from './messages.ts';

/** The words of one knowledge entry in one language, as far as the CLI shows them. */
export interface EntryText {
  title: string;
  body: string;
  checklist: string[];
  /** Reason guides: whether and when to send again, in words. */
  retry: string;
}

export interface EntryView {
  id: string;
  kind: string;
  text: Record<Lang, EntryText>;
}

/** Knowledge entries by id, read from generated/knowledge.json; empty when it was not built. */
export type KnowledgeIndex = ReadonlyMap<string, EntryView>;

/**
 * Reads the generated entries leniently: an entry without an id or without both languages is
 * skipped rather than failing the CLI, since the schema itself is checked when content is built.
 */
export function indexKnowledge(raw: unknown): KnowledgeIndex {
  const index = new Map<string, EntryView>();
  if (!Array.isArray(raw)) return index;

  for (const item of raw) {
    const entry = record(item);
    const ja = entryText(entry?.ja);
    const en = entryText(entry?.en);
    if (typeof entry?.id !== 'string' || !ja || !en) continue;
    const kind = typeof entry.kind === 'string' ? entry.kind : 'unknown';
    index.set(entry.id, { id: entry.id, kind, text: { ja, en } });
  }
  return index;
}

function entryText(value: unknown): EntryText | undefined {
  const fields = record(value);
  // FAQ entries keep question/answer and reason guides a summary when not given title/body.
  const title = fields?.title ?? fields?.question;
  const body = fields?.body ?? fields?.answer ?? fields?.summary ?? '';
  if (typeof title !== 'string' || typeof body !== 'string') return undefined;

  const list = Array.isArray(fields?.checklist) ? fields.checklist : [];
  const checklist = list.filter((step): step is string => typeof step === 'string');
  const retry = typeof fields?.retry === 'string' ? fields.retry : '';
  return { title, body, checklist, retry };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function reasonGuideId(reason: string): string {
  return `reason-${reason}`;
}

/** The first ranked entry other than the reason guide, which is shown on its own. */
export function topAnswer(
  faq: readonly string[],
  reason: string,
  knowledge: KnowledgeIndex,
): EntryView | undefined {
  const guide = reasonGuideId(reason);
  const id = faq.find((candidate) => candidate !== guide && knowledge.has(candidate));
  return id === undefined ? undefined : knowledge.get(id);
}
