import { describe, expect, it } from 'vitest';
import { formatText, type TextOptions } from '../../src/cli/format-text.ts';
import { PLAIN_MARKER } from '../../src/cli/highlight.ts';
import { indexKnowledge } from '../../src/cli/knowledge.ts';
import { ENTRIES, report, result } from './fixtures.ts';

const knowledge = indexKnowledge(ENTRIES);
const english: TextOptions = { lang: 'en', knowledge, marker: PLAIN_MARKER };
const japanese: TextOptions = { lang: 'ja', knowledge, marker: PLAIN_MARKER };

describe('formatText', () => {
  it('names the file, the input kind and the number of recipients', () => {
    const text = formatText('bounce.eml', result([report(), report()], 'message'), english);

    expect(text.split('\n')[0]).toBe('== bounce.eml: a bounce message, 2 recipient(s)');
  });

  it('shows the recipient, the reason guide title with its id, and the retry advice', () => {
    const text = formatText('-', result([report()]), english);

    expect(text).toMatch(/^Recipient +taro@ezweb\.ne\.jp$/m);
    expect(text).toMatch(/^Reason +The mailbox is full \(mailboxfull\)$/m);
    expect(text).toMatch(/^Retry +not by itself: the failure is permanent/m);
  });

  it('adds the reason guide retry advice under the retry line, aligned with the values', () => {
    const text = formatText('-', result([report()]), english);

    const lines = text.split('\n');
    const retry = lines.findIndex((line) => line.startsWith('Retry'));
    const column = (lines[retry] ?? '').indexOf('not by itself');
    expect(lines[retry + 1]).toBe(`${' '.repeat(column)}Wait until space is freed.`);
  });

  it('shows the codes, command, host and provider', () => {
    const text = formatText('-', result([report()]), english);

    expect(text).toMatch(/^Status +5\.2\.2$/m);
    expect(text).toMatch(/^Reply code +552$/m);
    expect(text).toMatch(/^Failed at +RCPT$/m);
    expect(text).toMatch(/^Remote host +mx\.example\.net$/m);
    expect(text).toMatch(/^Provider +au$/m);
  });

  it('says when the status code was inferred', () => {
    const text = formatText('-', result([report({ statusInferred: true })]), english);

    expect(text).toMatch(/^Status +5\.2\.2 \(inferred, not stated\)$/m);
  });

  it('omits the facts that are not known', () => {
    const bare = report({ remoteHost: null, provider: null, command: null, status: null });

    const text = formatText('-', result([bare]), english);

    expect(text).not.toMatch(/^(Remote host|Provider|Failed at|Status) /m);
  });

  it('marks the evidence in the diagnostic and lists it with its role', () => {
    const text = formatText('-', result([report()]), english);

    expect(text).toContain('552 5.2.2 <taro@ezweb.ne.jp>: [[Mailbox full]]');
    expect(text).toMatch(/^Decided by +"Mailbox full" \(phrase\)$/m);
  });

  it('cuts a very long diagnostic and says how much is left out', () => {
    const long = report({ diagnostic: `552 ${'x'.repeat(1500)} Mailbox full` });

    const text = formatText('-', result([long]), english);

    const left = long.diagnostic.length - 1000;
    expect(text).toMatch(
      /^Server said +552 x+… \((\d+) more characters; --json gives them all\)$/m,
    );
    expect(text).toContain(`(${left} more`);
    expect(text).not.toContain('[[Mailbox full]]');
  });

  it('shows the top answer other than the reason guide with its first three lines', () => {
    const text = formatText('-', result([report()]), english);

    expect(text).toContain('Best answer: What over quota means [faq-over-quota]');
    expect(text).toContain('  First line\n  Second\n  Third\n');
    expect(text).not.toContain('Fourth');
    expect(text).toContain('See also: faq-other');
  });

  it('numbers the reason guide checklist', () => {
    const text = formatText('-', result([report()]), english);

    expect(text).toContain('What to do:\n  1. Wait\n  2. Ask\n');
  });

  it('falls back to the reason id and no answer without knowledge', () => {
    const bare: TextOptions = { ...english, knowledge: indexKnowledge(null) };

    const text = formatText('-', result([report()]), bare);

    expect(text).toMatch(/^Reason +mailboxfull$/m);
    expect(text).not.toContain('Best answer');
    expect(text).not.toContain('What to do');
  });

  it('says plainly when the input is not a bounce', () => {
    const text = formatText('note.txt', result([], 'none'), english);

    expect(text).toContain('note.txt: this does not look like a bounce');
  });

  it('says when a bounce names no recipient', () => {
    const text = formatText('x.eml', result([], 'message'), english);

    expect(text).toContain('x.eml: a bounce message, but no bounced recipient was found');
  });

  it('prints no terminal escape that a hostile bounce carries', () => {
    const hostile = report({
      recipient: 'x@example.jp\u001b[2J',
      diagnostic: '550 \u001b]0;pwned\u0007 Mailbox full',
      evidence: [{ start: 0, end: 12, role: 'phrase', text: 'Mailbox full' }],
    });

    const text = formatText('a\u001b[31m.eml', result([hostile]), english);

    expect(text).not.toContain('\u001b');
    expect(text).toContain('[[Mailbox full]]');
  });

  it('reports notices about the input', () => {
    const truncated = { ...result([report()]), notices: [{ code: 'input-truncated' as const }] };

    const text = formatText('big.eml', truncated, english);

    expect(text).toContain('! The input was too long');
  });

  it('writes Japanese with aligned labels and the Japanese guide', () => {
    const text = formatText('-', result([report()]), japanese);

    expect(text).toMatch(/^宛先 {14}taro@ezweb\.ne\.jp$/m);
    expect(text).toMatch(/^ステータスコード {2}5\.2\.2$/m);
    expect(text).toContain('メールボックスが満杯 (mailboxfull)');
    expect(text).toContain('対処の手順:\n  1. 待つ\n  2. 連絡\n');
  });
});
