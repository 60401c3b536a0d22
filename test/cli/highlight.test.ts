import { describe, expect, it } from 'vitest';
import { markEvidence, PLAIN_MARKER, TERMINAL_MARKER } from '../../src/cli/highlight.ts';
import type { Evidence } from '../../src/core/index.ts';

function phrase(text: string): Evidence {
  return { start: 0, end: text.length, role: 'phrase', text };
}

describe('markEvidence', () => {
  it('wraps each occurrence of an evidence text, ignoring case', () => {
    const marked = markEvidence(
      '550 User unknown; user UNKNOWN',
      [phrase('user unknown')],
      PLAIN_MARKER,
    );

    expect(marked).toBe('550 [[User unknown]]; [[user UNKNOWN]]');
  });

  it('finds evidence whose whitespace the diagnostic has folded', () => {
    const marked = markEvidence('mailbox is full', [phrase('mailbox\n  is')], PLAIN_MARKER);

    expect(marked).toBe('[[mailbox is]] full');
  });

  it('merges overlapping evidence into one mark', () => {
    const evidence = [phrase('over quota'), phrase('quota exceeded')];

    const marked = markEvidence('account over quota exceeded', evidence, PLAIN_MARKER);

    expect(marked).toBe('account [[over quota exceeded]]');
  });

  it('leaves the diagnostic as it is when no evidence occurs in it', () => {
    const evidence = [phrase('5.2.2'), phrase('')];

    const marked = markEvidence('552 message refused', evidence, PLAIN_MARKER);

    expect(marked).toBe('552 message refused');
  });

  it('uses bold and underline on a terminal', () => {
    const marked = markEvidence('user unknown', [phrase('unknown')], TERMINAL_MARKER);

    expect(marked).toBe('user \u001b[1;4munknown\u001b[0m');
  });

  it('marks Japanese evidence', () => {
    const marked = markEvidence('550 宛先が存在しません', [phrase('存在しません')], PLAIN_MARKER);

    expect(marked).toBe('550 宛先が[[存在しません]]');
  });
});
