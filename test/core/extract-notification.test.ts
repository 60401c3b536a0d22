import { describe, expect, it } from 'vitest';
import { notificationLines, readRecipients } from '../../src/core/extract/notification.ts';
import { splitLines } from '../../src/core/text.ts';

function read(text: string) {
  return readRecipients(splitLines(text));
}

describe('readRecipients', () => {
  it('reads a Postfix block: the address, then its folded diagnostic', () => {
    const records = read(
      '<kenji@example.jp>: host mx1.example.jp[192.0.2.10] said: 550 5.1.1\n' +
        '    <kenji@example.jp>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n',
    );

    expect(records).toHaveLength(1);
    expect(records[0]?.recipient).toBe('kenji@example.jp');
    expect(records[0]?.diagnostic).toMatch(
      /^host mx1\.example\.jp\[192\.0\.2\.10\] said: 550 5\.1\.1 /,
    );
    expect(records[0]?.diagnostic).toContain('User unknown (in reply to RCPT TO command)');
  });

  it('reads each qmail block up to the blank line after it', () => {
    const records = read(
      '<mika@example.net>:\n198.51.100.30 does not like recipient.\n' +
        'Remote host said: 550 5.1.1 No such user\nGiving up on 198.51.100.30.\n\n' +
        '<sora@example.org>:\nRemote host said: 552 5.2.2 Mailbox full\n',
    );

    expect(records.map((r) => r.recipient)).toEqual(['mika@example.net', 'sora@example.org']);
    expect(records[0]?.diagnostic).toContain('does not like recipient');
    expect(records[0]?.diagnostic).not.toContain('Mailbox full');
    expect(records[1]?.diagnostic).toBe('Remote host said: 552 5.2.2 Mailbox full');
  });

  it('reads an au block where the address stands alone on its line', () => {
    const records = read('<hana.s@au.com>\n    The user(s) account is disabled.\n');

    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      recipient: 'hana.s@au.com',
      diagnostic: 'The user(s) account is disabled.',
    });
  });

  it('reads an Exim block indented under "The following address(es) failed"', () => {
    const records = read(
      '  akira@example.net\n    host mx.example.net [198.51.100.25]\n' +
        '    SMTP error from remote mail server after RCPT TO:<akira@example.net>:\n' +
        '    550 5.1.1 User unknown\n',
    );

    expect(records).toHaveLength(1);
    expect(records[0]?.recipient).toBe('akira@example.net');
    expect(records[0]?.diagnostic).toContain('550 5.1.1 User unknown');
  });

  it('pairs a Sendmail transcript with the recipient it names, once per recipient', () => {
    const records = read(
      '<yuki@example.net>\n    (reason: 550 5.1.1 <yuki@example.net>... User unknown)\n\n' +
        '... while talking to mx.example.net.:\n>>> RCPT To:<yuki@example.net>\n' +
        '<<< 550 5.1.1 <yuki@example.net>... User unknown\n',
    );

    expect(records.map((r) => r.recipient)).toEqual(['yuki@example.net']);
    expect(records[0]?.diagnostic).toContain('550 5.1.1');
  });

  it('reads a UTF-8 local part (RFC 6531) in a Postfix block', () => {
    const records = read(
      '<山田@example.jp>: host mx1.example.jp[192.0.2.10] said: 550 5.1.1 User unknown\n',
    );

    expect(records.map((r) => r.recipient)).toEqual(['山田@example.jp']);
  });

  it('reads no recipient from prose that mentions an address mid-line', () => {
    expect(read('Please write to postmaster@example.com for help.\n')).toEqual([]);
  });
});

describe('notificationLines', () => {
  it.each([
    ['--- Below this line is a copy of the message.'],
    ['------ This is a copy of the message, including all the headers. ------'],
    ['Original message headers:'],
    ['   ----- Original message follows -----'],
  ])('stops before %j', (marker) => {
    const text = `<a@example.jp>: 550 5.1.1 User unknown\n\n${marker}\n\nTo: b@example.jp\n`;

    const lines = notificationLines(text).map((l) => l.text);

    expect(lines).toContain('<a@example.jp>: 550 5.1.1 User unknown');
    expect(lines).not.toContain('To: b@example.jp');
  });

  it('keeps every line when there is no returned message', () => {
    const text = 'line one\nline two\n';

    expect(notificationLines(text).map((l) => l.text)).toEqual(['line one', 'line two']);
  });
});
