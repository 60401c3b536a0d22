import * as v from 'valibot';
import { REASONS } from '../core/reasons.ts';

/**
 * The schema of the files under content/, as described in content/README.md. Objects are strict
 * so that a misspelt field name fails instead of being silently ignored.
 */

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const textList = v.pipe(v.array(text), v.nonEmpty('must list at least one item'));
const url = v.pipe(v.string(), v.url('must be a URL'));

const entryId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9.]+)*$/, 'must be lowercase words joined by hyphens'),
);

/** `5.1.1`, `4.2.x`, `5.x.x`: an enhanced status code with optional wildcards. */
const statusPattern = v.pipe(
  v.string(),
  v.regex(/^[245x]\.(?:\d{1,3}|x)\.(?:\d{1,3}|x)$/i, 'must look like 5.1.1 or 5.1.x'),
);
/** `550`, `55x`, `5xx`: a basic reply code with optional wildcards. */
const replyPattern = v.pipe(
  v.string(),
  v.regex(/^[2-5](?:\d|x)(?:\d|x)$/i, 'must look like 550 or 5xx'),
);
const phrase = v.pipe(
  text,
  v.check((s) => s === s.toLowerCase(), 'must be lowercase'),
);

const triggers = v.strictObject({
  reasons: v.optional(v.array(v.picklist(REASONS, 'must be a Sisimai reason id'))),
  statuses: v.optional(v.array(statusPattern)),
  replies: v.optional(v.array(replyPattern)),
  phrases: v.optional(v.array(phrase)),
  /** Optional: generic symptoms (a reset, a timeout) that count only for the entry's provider. */
  symptoms: v.optional(v.array(phrase)),
});

const faqText = v.strictObject({ question: text, answer: text, keywords: textList });

export const faqFile = v.strictObject({
  id: entryId,
  kind: v.literal('faq'),
  provider: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must be a provider id'))),
  source: url,
  sources: v.optional(v.array(url)),
  /** Optional: ranks an entry above others that match a bounce equally well. */
  priority: v.optional(v.pipe(v.number(), v.integer())),
  ja: faqText,
  en: faqText,
  triggers: v.optional(triggers),
});

const reasonText = v.strictObject({
  title: text,
  summary: text,
  causes: textList,
  retry: text,
  checklist: textList,
  keywords: textList,
});

export const reasonFile = v.strictObject({
  id: entryId,
  kind: v.literal('reason'),
  reason: v.picklist(REASONS, 'must be a Sisimai reason id'),
  retry: v.picklist(['yes', 'later', 'no', 'n/a'], 'must be one of yes, later, no, n/a'),
  source: v.optional(url),
  sources: v.optional(v.array(url)),
  ja: reasonText,
  en: reasonText,
  triggers: v.optional(triggers),
});

/** `X.1.1`, `5.X.X`, `X.7.30`, or a reply code such as `550`. */
const codePattern = v.pipe(
  v.string(),
  v.regex(/^(?:[245X]\.(?:\d{1,3}|X{1,3})\.(?:\d{1,3}|X{1,3})|[2-5]\d\d)$/, 'must look like X.1.1'),
);

const codeItem = v.strictObject({
  code: codePattern,
  ja: text,
  en: text,
  reasons: v.optional(v.array(v.picklist(REASONS, 'must be a Sisimai reason id'))),
});

export const codesFile = v.strictObject({
  kind: v.literal('codes'),
  group: entryId,
  source: v.optional(url),
  sources: v.optional(v.array(url)),
  ja: v.strictObject({ title: text }),
  en: v.strictObject({ title: text }),
  codes: v.pipe(v.array(codeItem), v.nonEmpty('must list at least one code')),
});

export const contentFile = v.variant(
  'kind',
  [faqFile, reasonFile, codesFile],
  'kind must be faq, reason or codes',
);

export type FaqFile = v.InferOutput<typeof faqFile>;
export type ReasonFile = v.InferOutput<typeof reasonFile>;
export type CodesFile = v.InferOutput<typeof codesFile>;
export type ContentFile = v.InferOutput<typeof contentFile>;

/** A problem with one content file, with the field it concerns when there is one. */
export interface ContentProblem {
  file: string;
  path: string | null;
  message: string;
}

export type Validated =
  { ok: true; value: ContentFile } | { ok: false; problems: ContentProblem[] };

/** Checks one parsed YAML document; `file` is only used to label the problems. */
export function validateContentFile(file: string, data: unknown): Validated {
  const result = v.safeParse(contentFile, data);
  if (result.success) return { ok: true, value: result.output };

  const problems = result.issues.map((issue) => ({
    file,
    path: v.getDotPath(issue),
    message: issue.expected === 'never' ? 'is not a known field' : issue.message,
  }));
  return { ok: false, problems };
}

export function formatProblem(problem: ContentProblem): string {
  return problem.path === null
    ? `${problem.file}: ${problem.message}`
    : `${problem.file}: ${problem.path}: ${problem.message}`;
}
