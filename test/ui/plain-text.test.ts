import { describe, expect, it } from 'vitest';
import { answerText, checklistText } from '../../components/plain-text.ts';
import type { KnowledgeEntry } from '../../src/knowledge/types.ts';

const ENTRY = {
  id: 'faq-test',
  kind: 'faq',
  file: 'faq/test.yaml',
  ja: { title: '質問', body: '答え一\n\n答え二\n', keywords: [] },
  en: { title: 'Question', body: 'Answer one\n\nAnswer two\n', keywords: [] },
  triggers: { reasons: [], statuses: [], replies: [], phrases: [], symptoms: [] },
} satisfies KnowledgeEntry;

describe('copied text', () => {
  it('is the answer title and body in the chosen language', () => {
    expect(answerText(ENTRY, 'ja')).toBe('質問\n\n答え一\n\n答え二\n');
    expect(answerText(ENTRY, 'en')).toBe('Question\n\nAnswer one\n\nAnswer two\n');
  });

  it('numbers the checklist steps, one per line', () => {
    expect(checklistText(['Check the log', 'Wait'])).toBe('1. Check the log\n2. Wait\n');
  });
});
