import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify/classify.ts';
import type { Facts } from '../../src/core/classify/types.ts';
import { REASONS, type Reason } from '../../src/core/reasons.ts';
import { facts } from './facts.ts';

interface Example {
  title: string;
  given: Partial<Facts>;
  reason: Reason;
  rule?: string;
}

/** Bounces written for these tests, in the shapes servers commonly use. */
const EXAMPLES: Example[] = [
  {
    title: 'an ARF report stated by the format is feedback',
    given: { diagnostic: 'complaint about a message', reason: 'feedback' },
    reason: 'feedback',
    rule: 'format',
  },
  {
    title: 'the words of an abuse report are feedback',
    given: { diagnostic: 'This is an email abuse report for an email message from example.net' },
    reason: 'feedback',
  },
  {
    title: 'a 2.x.x status is delivered',
    given: { diagnostic: '250 2.0.0 Ok: queued as 4AB12', status: '2.0.0', reply: '250' },
    reason: 'delivered',
  },
  {
    title: 'a mailbox over its quota is mailboxfull',
    given: { diagnostic: '452 4.2.2 <taro@example.jp>: user is over quota', status: '4.2.2' },
    reason: 'mailboxfull',
  },
  {
    title: 'a message over the size limit is mesgtoobig',
    given: { diagnostic: '552 5.3.4 Error: message file too big', status: '5.3.4' },
    reason: 'mesgtoobig',
  },
  {
    title: 'a message over a per-mailbox length limit is exceedlimit',
    given: { diagnostic: '552 5.2.3 Message length exceeds the recipient limit' },
    reason: 'exceedlimit',
  },
  {
    title: 'a disabled account is suspend',
    given: { diagnostic: '550 5.2.1 This mailbox is disabled (554.30)', status: '5.2.1' },
    reason: 'suspend',
  },
  {
    title: 'a 5.1.6 status is hasmoved',
    given: { diagnostic: '550 5.1.6 the mailbox has moved away', status: '5.1.6' },
    reason: 'hasmoved',
  },
  {
    title: 'refused relaying is norelaying',
    given: { diagnostic: '554 5.7.1 <hanako@example.org>: Relay access denied', command: 'RCPT' },
    reason: 'norelaying',
  },
  {
    title: 'a DMARC rejection is authfailure',
    given: { diagnostic: '550 5.7.1 Rejected by the DMARC policy of example.com' },
    reason: 'authfailure',
  },
  {
    title: 'a missing PTR record is requireptr',
    given: { diagnostic: '550 5.7.1 Client host has no PTR record; reverse DNS required' },
    reason: 'requireptr',
  },
  {
    title: 'an unknown mailbox at RCPT is userunknown',
    given: {
      diagnostic: '550 5.1.1 <jiro@example.jp>: Recipient address rejected: User unknown',
      status: '5.1.1',
      command: 'RCPT',
    },
    reason: 'userunknown',
  },
  {
    title: '"user unknown" after DATA is filtered',
    given: { diagnostic: '550 <jiro@example.jp>... User unknown', command: 'DATA' },
    reason: 'filtered',
    rule: 'phrase:filtered-after-data',
  },
  {
    title: 'a bare "user unknown" with neither stage nor precise code is filtered',
    given: { diagnostic: '550 Unknown user taro@example.org' },
    reason: 'filtered',
    rule: 'phrase:filtered-unstaged',
  },
  {
    title: "a local delivery agent's unknown user is userunknown",
    given: { diagnostic: 'mail.local: unknown user: taro' },
    reason: 'userunknown',
  },
  {
    title: 'a reply that names no recipient before "user unknown" is filtered',
    given: { diagnostic: '550 : User unknown' },
    reason: 'filtered',
  },
  {
    title: 'duplicated header fields are notcompliantrfc',
    given: { diagnostic: '550 5.7.1 This message has multiple Date headers, not accepted' },
    reason: 'notcompliantrfc',
  },
  {
    title: 'a poor sender reputation is badreputation',
    given: { diagnostic: '421 4.7.0 Deferred: poor reputation of the sending IP address' },
    reason: 'badreputation',
  },
  {
    title: 'a 5.6.x status is contenterror',
    given: { diagnostic: '554 5.6.0 Message rejected: bad MIME structure', status: '5.6.0' },
    reason: 'contenterror',
  },
  {
    title: 'a refused envelope sender is rejected',
    given: { diagnostic: '553 5.1.8 <a@example.com>: Sender address rejected', command: 'MAIL' },
    reason: 'rejected',
  },
  {
    title: 'a domain that does not resolve is hostunknown',
    given: { diagnostic: 'Host or domain name not found. Name service error for name=x.invalid' },
    reason: 'hostunknown',
  },
  {
    title: 'a spam verdict after DATA is spamdetected',
    given: { diagnostic: '550 5.7.1 Message scored as spam by the filter', command: 'DATA' },
    reason: 'spamdetected',
  },
  {
    title: 'a virus found in the message is virusdetected',
    given: { diagnostic: '554 5.7.1 Virus found: Eicar-Test-Signature', command: 'DATA' },
    reason: 'virusdetected',
  },
  {
    title: 'a local policy refusal is policyviolation',
    given: { diagnostic: '554 Message refused for policy reasons' },
    reason: 'policyviolation',
  },
  {
    title: 'a receiver slowing the sender down is speeding',
    given: { diagnostic: '451 4.7.1 Client host rejected: Please try again slower' },
    reason: 'speeding',
  },
  {
    title: 'too many connections at once is toomanyconn',
    given: { diagnostic: '421 4.7.0 Too many connections from your IP, try later' },
    reason: 'toomanyconn',
  },
  {
    title: 'a DNS blocklist hit is blocked',
    given: { diagnostic: '554 5.7.1 Service unavailable; Client host blocked using zen.example' },
    reason: 'blocked',
  },
  {
    title: 'an internal failure of the receiver is systemerror',
    given: { diagnostic: '451 4.3.0 Temporary local problem, please try later' },
    reason: 'systemerror',
  },
  {
    title: 'a full spool disk is systemfull',
    given: { diagnostic: '452 4.3.1 Insufficient system storage' },
    reason: 'systemfull',
  },
  {
    title: 'no route to the host is networkerror',
    given: { diagnostic: 'connect to mx.example.jp[192.0.2.9]:25: No route to host' },
    reason: 'networkerror',
  },
  {
    title: 'a null MX is notaccept',
    given: { diagnostic: '556 5.1.10 example.jp does not accept mail (nullMX)' },
    reason: 'notaccept',
  },
  {
    title: 'a queue that gave up is expired',
    given: { diagnostic: 'delivery temporarily suspended: connection timed out' },
    reason: 'expired',
  },
  {
    title: 'a refused STARTTLS is securityerror',
    given: { diagnostic: '530 5.7.0 Must issue a STARTTLS command first' },
    reason: 'securityerror',
  },
  {
    title: 'a failing delivery program is mailererror',
    given: { diagnostic: 'Command died with status 75: "/usr/bin/maildrop"' },
    reason: 'mailererror',
  },
  {
    title: 'a command out of order is syntaxerror',
    given: { diagnostic: '503 5.5.1 Bad sequence of commands' },
    reason: 'syntaxerror',
  },
  {
    title: 'an out-of-office reply is vacation',
    given: { diagnostic: 'Thank you for your mail. I am out of the office until Monday.' },
    reason: 'vacation',
  },
  {
    title: 'a diagnostic that nothing explains is onhold',
    given: { diagnostic: '451 4.0.0 Please come back later' },
    reason: 'onhold',
  },
  {
    title: 'a diagnostic of white space only is undefined',
    given: { diagnostic: ' \n\t ' },
    reason: 'undefined',
  },
  {
    title: 'no facts at all are undefined',
    given: {},
    reason: 'undefined',
  },
];

describe('classify', () => {
  for (const example of EXAMPLES) {
    it(`says ${example.title}`, () => {
      const verdict = classify(facts(example.given));

      expect(verdict.reason).toBe(example.reason);
      if (example.rule) expect(verdict.rule).toBe(example.rule);
    });
  }

  it('has an example for every reason', () => {
    const covered = new Set(EXAMPLES.map((example) => example.reason));

    expect(REASONS.filter((reason) => !covered.has(reason))).toEqual([]);
  });
});

describe('classify by codes and stages', () => {
  it('trusts an X.1.1 status when the words are vague', () => {
    const verdict = classify(facts({ diagnostic: '550 5.1.1 Rejected', status: '5.1.1' }));

    expect(verdict).toMatchObject({ reason: 'userunknown', rule: 'status:5.1.1' });
  });

  it('lets words about the sender outweigh an X.1.1 status', () => {
    const given = facts({ diagnostic: '550 5.1.1 Sender address rejected', status: '5.1.1' });

    expect(classify(given).reason).toBe('rejected');
  });

  it('falls back to the status subject for an X.7 detail it does not know', () => {
    const verdict = classify(facts({ diagnostic: '550 5.7.999 Denied', status: '5.7.999' }));

    expect(verdict).toMatchObject({ reason: 'securityerror', rule: 'status:5.7.999' });
  });

  it('reads a refusal at HELO as blocked', () => {
    const verdict = classify(facts({ diagnostic: '550 Go elsewhere', command: 'HELO' }));

    expect(verdict).toMatchObject({ reason: 'blocked', rule: 'command:HELO' });
  });

  it('reads a refusal at MAIL FROM with no other clue as rejected', () => {
    const verdict = classify(facts({ diagnostic: '550 Not today', command: 'MAIL' }));

    expect(verdict).toMatchObject({ reason: 'rejected', rule: 'command:MAIL' });
  });

  it('reads a delayed action with no other clue as expired', () => {
    const verdict = classify(facts({ diagnostic: '451 Try later', action: 'delayed' }));

    expect(verdict).toMatchObject({ reason: 'expired', rule: 'action:delayed' });
  });

  it('reads reply 525 as suspend', () => {
    const verdict = classify(facts({ diagnostic: '525 Account off', reply: '525' }));

    expect(verdict).toMatchObject({ reason: 'suspend', rule: 'reply:525' });
  });

  it('reads reply 521 as notaccept', () => {
    const verdict = classify(facts({ diagnostic: '521 No mail here', reply: '521' }));

    expect(verdict).toMatchObject({ reason: 'notaccept', rule: 'reply:521' });
  });

  it('reads reply 551 as hasmoved', () => {
    const verdict = classify(facts({ diagnostic: '551 Try another path', reply: '551' }));

    expect(verdict).toMatchObject({ reason: 'hasmoved', rule: 'reply:551' });
  });

  it('reads an X-Unix diagnostic with no other clue as mailererror', () => {
    const given = facts({ diagnostic: 'exit 75', diagnosticType: 'x-unix' });

    expect(classify(given)).toMatchObject({ reason: 'mailererror', rule: 'type:x-unix' });
  });

  it('reads the context when the diagnostic says nothing', () => {
    const given = facts({ diagnostic: 'failed', context: 'The mailbox is full.\nSorry.' });
    const verdict = classify(given);

    expect(verdict).toMatchObject({ reason: 'mailboxfull', rule: 'context:mailboxfull' });
    expect(verdict.matches[0]).toMatchObject({ field: 'context', start: 4, end: 19 });
  });

  it('ignores a format reason of onhold and keeps looking', () => {
    const given = facts({ diagnostic: '550 User unknown', command: 'RCPT', reason: 'onhold' });

    expect(classify(given).reason).toBe('userunknown');
  });
});

describe('classify evidence', () => {
  it('points at the phrase in the diagnostic as written', () => {
    const diagnostic = '550 5.2.2 <a@example.jp>... MAILBOX   FULL';
    const verdict = classify(facts({ diagnostic }));
    const match = verdict.matches[0];

    expect(match?.field).toBe('diagnostic');
    expect(diagnostic.slice(match?.start, match?.end)).toBe('MAILBOX   FULL');
  });

  it('points at the status code when the code decided', () => {
    const verdict = classify(facts({ diagnostic: '552 Rejected', status: '5.2.2' }));

    expect(verdict.matches).toEqual([{ field: 'status', start: 0, end: 5 }]);
  });
});
