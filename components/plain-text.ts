import type { Lang, KnowledgeEntry } from '../src/knowledge/types.ts';

/**
 * What the copy buttons put on the clipboard: plain text to paste into a reply to a customer,
 * without markup, checkboxes or the extension's own labels.
 */

export function answerText(entry: KnowledgeEntry, lang: Lang): string {
  const words = entry[lang];
  return `${words.title}\n\n${words.body.trim()}\n`;
}

export function checklistText(steps: readonly string[]): string {
  return steps.map((step, i) => `${i + 1}. ${step}`).join('\n') + '\n';
}
