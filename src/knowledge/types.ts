import type { Reason } from '../core/reasons.ts';

export type Lang = 'ja' | 'en';

export type EntryKind = 'faq' | 'reason' | 'code';

/** Whether to send again: see content/README.md for the four values. */
export type RetryAdvice = 'yes' | 'later' | 'no' | 'n/a';

/** The words of one entry in one language. */
export interface EntryText {
  /** The FAQ question, the reason in plain words, or the code with its group's title. */
  title: string;
  /** The FAQ answer, the reason's summary, or the code's meaning. */
  body: string;
  keywords: string[];
  causes?: string[];
  retry?: string;
  checklist?: string[];
}

/** What makes an entry relevant to a decoded recipient. Every list may be empty. */
export interface EntryTriggers {
  reasons: Reason[];
  /** Enhanced status codes, lowercase; a class or subject wildcard is written `x` (`5.1.x`). */
  statuses: string[];
  /** Basic reply codes such as `550`; `5xx`-style wildcards are allowed. */
  replies: string[];
  /** Lowercase substrings of a diagnostic text. */
  phrases: string[];
  /**
   * Like phrases, but so common to every provider (a reset, a timeout) that they count only when
   * the bounce concerns the entry's own provider.
   */
  symptoms: string[];
}

/** One knowledge entry, the same shape for every kind, as written to generated/knowledge.json. */
export interface KnowledgeEntry {
  id: string;
  kind: EntryKind;
  provider?: string;
  /** Set on reason guides only. */
  reason?: Reason;
  retry?: RetryAdvice;
  source?: string;
  sources?: string[];
  /** Breaks ties between equally matched FAQ entries: higher comes first. */
  priority?: number;
  /**
   * The content file the entry came from, relative to the content directory. Absent from the
   * extension's copy, which never shows it (see compact.ts).
   */
  file?: string;
  ja: EntryText;
  en: EntryText;
  triggers: EntryTriggers;
}
