import type { DecodeResult, Evidence, Notice, RecipientReport } from '../core/index.ts';
import { markEvidence, type Marker } from './highlight.ts';
import { reasonGuideId, topAnswer, type KnowledgeIndex } from './knowledge.ts';
import { t, type Lang } from './messages.ts';
import { printable } from './printable.ts';
import { padEnd, displayWidth } from './text-width.ts';

export interface TextOptions {
  lang: Lang;
  knowledge: KnowledgeIndex;
  marker: Marker;
}

/** Lines of the top answer shown; the rest is one `search` or one click away. */
const ANSWER_LINES = 3;
/** Other ranked entries named after the top answer. */
const SEE_ALSO = 3;
/**
 * Characters of the diagnostic shown. A server's words fit in a few hundred; input that is
 * mostly noise can make the whole text the diagnostic, which would flood the terminal.
 */
const DIAGNOSTIC_CHARS = 1000;

/** The readable explanation of one input: a heading, then a block per recipient. */
export function formatText(path: string, result: DecodeResult, options: TextOptions): string {
  const { lang } = options;
  const file = printable(path);
  const notices = formatNotices(result.notices, lang);

  if (result.kind === 'none') {
    return block([t(lang, 'cli.report.notBounce', { file }), ...notices]);
  }
  const kind = t(lang, `cli.kind.${result.kind}`);
  if (result.recipients.length === 0) {
    return block([t(lang, 'cli.report.noRecipient', { file, kind }), ...notices]);
  }

  const count = result.recipients.length;
  const heading = [`== ${t(lang, 'cli.report.heading', { file, kind, count })}`, ...notices];
  return [heading, ...result.recipients.map((report) => formatRecipient(report, options))]
    .map(block)
    .join('\n');
}

function block(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

function formatNotices(notices: readonly Notice[], lang: Lang): string[] {
  return notices
    .filter((notice) => notice.code !== 'not-a-bounce')
    .map((notice) => `! ${t(lang, `cli.notice.${notice.code}`, notice.detail ?? {})}`);
}

export function formatRecipient(report: RecipientReport, options: TextOptions): string[] {
  const { lang, knowledge } = options;
  const guide = knowledge.get(reasonGuideId(report.reason))?.text[lang];
  const unknown = t(lang, 'cli.value.unknown');
  const reason = guide ? `${guide.title} (${report.reason})` : report.reason;
  const permanence = t(lang, `cli.permanence.${report.permanence}`);
  const status =
    report.status !== null && report.statusInferred
      ? t(lang, 'cli.value.inferred', { status: report.status })
      : report.status;

  const fields: [string, string | null][] = [
    ['recipient', report.recipient === null ? unknown : printable(report.recipient)],
    ['reason', reason],
    ['retry', guide?.retry ? `${permanence}\n${guide.retry}` : permanence],
    ['status', status],
    ['reply', report.reply],
    ['command', report.command],
    ['remoteHost', report.remoteHost && printable(report.remoteHost)],
    ['provider', report.provider && printable(report.provider)],
    ['diagnostic', formatDiagnostic(report, options)],
    ['evidence', formatEvidence(report.evidence, lang)],
  ];
  return [
    ...formatFields(fields, lang),
    ...formatAnswer(report, options),
    ...formatChecklist(guide?.checklist ?? [], lang),
  ];
}

function formatFields(fields: readonly [string, string | null][], lang: Lang): string[] {
  const shown = fields.filter((field): field is [string, string] => field[1] !== null);
  const labels = shown.map(([key]) => t(lang, `cli.field.${key}`));
  const width = Math.max(...labels.map(displayWidth));
  // A value of several lines continues under the first, aligned past the labels.
  const indent = `\n${' '.repeat(width + 2)}`;
  return shown.map(([, value], index) => {
    const label = padEnd(labels[index] ?? '', width);
    return `${label}  ${value.replaceAll('\n', indent)}`;
  });
}

function formatDiagnostic(report: RecipientReport, options: TextOptions): string | null {
  const diagnostic = printable(report.diagnostic);
  const evidence = report.evidence.map((item) => ({ ...item, text: printable(item.text) }));
  if (diagnostic === '') return null;
  if (diagnostic.length <= DIAGNOSTIC_CHARS) {
    return markEvidence(diagnostic, evidence, options.marker);
  }

  const shown = markEvidence(diagnostic.slice(0, DIAGNOSTIC_CHARS), evidence, options.marker);
  const more = t(options.lang, 'cli.value.more', { count: diagnostic.length - DIAGNOSTIC_CHARS });
  return `${shown}… ${more}`;
}

function formatEvidence(evidence: readonly Evidence[], lang: Lang): string | null {
  if (evidence.length === 0) return null;
  const described = evidence.map((item) => {
    const role = t(lang, `cli.role.${item.role}`);
    return `"${printable(item.text.replace(/\s+/g, ' '))}" (${role})`;
  });
  return described.join(', ');
}

function formatAnswer(report: RecipientReport, options: TextOptions): string[] {
  const { lang, knowledge } = options;
  const answer = topAnswer(report.faq, report.reason, knowledge);
  if (!answer) return [];

  const { title, body } = answer.text[lang];
  const lines = body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, ANSWER_LINES);
  const others = report.faq
    .filter((id) => id !== answer.id && id !== reasonGuideId(report.reason) && knowledge.has(id))
    .slice(0, SEE_ALSO);
  return [
    '',
    `${t(lang, 'cli.report.topAnswer', { title })} [${answer.id}]`,
    ...lines.map((line) => `  ${line}`),
    ...(others.length > 0 ? [t(lang, 'cli.report.moreAnswers', { ids: others.join(', ') })] : []),
  ];
}

function formatChecklist(steps: readonly string[], lang: Lang): string[] {
  if (steps.length === 0) return [];
  return ['', t(lang, 'cli.report.checklist'), ...steps.map((step, i) => `  ${i + 1}. ${step}`)];
}
